// Portfolio projects and their milestones.
import { z } from 'zod';

export const projectStatuses = ['idea', 'building', 'shipped'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

export interface ProjectLink {
  label: string;
  url: string;
}

export interface Project {
  id: string;
  title: string;
  summary: string;
  /** A month id (`month-2`) or a capstone id (`capstone-rag`), or empty for a free project. */
  curriculumRef?: string;
  skills: string[];
  links: ProjectLink[];
  status: ProjectStatus;
  startedOn?: string;
  shippedOn?: string;
  designDecisions: string;
  postmortem: string;
  archivedAt?: string;
  createdAt: string;
  updatedAt: string;
}

export interface Milestone {
  id: string;
  projectId: string;
  title: string;
  acceptanceCriteria: string;
  order: number;
  dueOn?: string;
  doneOn?: string;
  /** The content id of the acceptance criterion it was copied from, when it came from the curriculum. */
  sourceId?: string;
  createdAt: string;
  updatedAt: string;
}

/** What a person types to create a project; validated before anything is written. */
export const projectDraftSchema = z.object({
  title: z.string().trim().min(1, 'Title is required.').max(200, 'Title is longer than 200 characters.'),
  summary: z.string().trim().max(5000, 'Summary is longer than 5,000 characters.').default(''),
  curriculumRef: z.string().max(100).optional(),
  skills: z.array(z.string().max(100)).max(50).default([]),
  status: z.enum(projectStatuses).default('idea'),
});

export type ProjectDraft = z.input<typeof projectDraftSchema>;
