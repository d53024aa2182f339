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

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date like 2026-11-21')
  .refine(
    (day) =>
      !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) &&
      new Date(`${day}T00:00:00Z`).toISOString().startsWith(day),
    'not a real date',
  );

export const projectLinkSchema = z.strictObject({
  label: z.string().trim().min(1, 'a link needs a label').max(60, 'label is longer than 60 characters'),
  url: z
    .string()
    .trim()
    .max(2048)
    .refine(
      (url) => /^https:\/\/[^\s/]+\.[^\s]+$/.test(url),
      'links must start with https:// and name a public site',
    ),
});

/** Everything a person can edit on a project; validated before it is written. */
export const projectEditSchema = projectDraftSchema.extend({
  links: z.array(projectLinkSchema).max(10, 'at most 10 links').default([]),
  startedOn: isoDay.optional(),
  shippedOn: isoDay.optional(),
  designDecisions: z.string().max(20_000, 'design decisions are longer than 20,000 characters').default(''),
  postmortem: z.string().max(20_000, 'the postmortem is longer than 20,000 characters').default(''),
});

export type ProjectEdit = z.input<typeof projectEditSchema>;

export const milestoneDraftSchema = z.strictObject({
  title: z.string().trim().min(1, 'Title is required.').max(200, 'Title is longer than 200 characters.'),
  acceptanceCriteria: z
    .string()
    .max(5000, 'Acceptance criteria are longer than 5,000 characters.')
    .default(''),
  dueOn: isoDay.optional(),
  doneOn: isoDay.optional(),
  sourceId: z.string().max(100).optional(),
});

export type MilestoneDraft = z.input<typeof milestoneDraftSchema>;
