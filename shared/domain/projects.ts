// Portfolio projects and their milestones: the row schemas, and the drafts a person types, derived from them.
import { z } from 'zod';
import { day, httpsUrl, requiredText, rowId, text, timestamp, trimmedText } from './fields';

export const projectStatuses = ['idea', 'building', 'shipped'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

/** What a link points at, chosen in the form; readiness checks it against the host. */
export const linkKinds = ['repository', 'live', 'notebook', 'write-up', 'video', 'other'] as const;
export type LinkKind = (typeof linkKinds)[number];

/** The most primary skills a project may have; more skills may be tagged for partial credit. */
export const maxPrimarySkills = 4;

/** One link rule for the project form, the bundle, restore and the external-link allow-list. */
export const projectLinkSchema = z.strictObject({
  label: requiredText(120),
  url: httpsUrl,
  /** Absent on links from before schema v2 and old bundles: readiness then reads the host alone. */
  kind: z.enum(linkKinds).optional(),
  /** Set when the kind was guessed by the v2 migration, until the person confirms it in the form. */
  kindGuessed: z.literal(true).optional(),
});
export type ProjectLink = z.infer<typeof projectLinkSchema>;

export const projectSchema = z.strictObject({
  id: rowId,
  title: requiredText(200),
  summary: text(5_000),
  /** A month id (`month-2`) or a capstone id (`capstone-rag`), or absent for a free project. */
  curriculumRef: text(100).optional(),
  skills: z.array(text(100)).max(50),
  /** Up to four skills the project is mainly about (full credit); absent on old bundles: the first four tags. */
  primarySkills: z.array(text(100)).max(maxPrimarySkills).optional(),
  links: z.array(projectLinkSchema).max(10),
  status: z.enum(projectStatuses),
  startedOn: day.optional(),
  shippedOn: day.optional(),
  designDecisions: text(20_000),
  postmortem: text(20_000),
  archivedAt: timestamp.optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Project = z.infer<typeof projectSchema>;

export const milestoneSchema = z.strictObject({
  id: rowId,
  projectId: rowId,
  title: requiredText(200),
  acceptanceCriteria: text(5_000),
  order: z.number().int().min(0).max(1_000_000),
  dueOn: day.optional(),
  doneOn: day.optional(),
  /** The content id of the acceptance criterion it was copied from, when it came from the curriculum. */
  sourceId: text(100).optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Milestone = z.infer<typeof milestoneSchema>;

const project = projectSchema.shape;

const projectDraftFields = projectSchema.pick({ title: true, curriculumRef: true, status: true }).extend({
  summary: project.summary.default(''),
  skills: project.skills.default([]),
  status: project.status.default('idea'),
});

/** What a person types to create a project; text is trimmed, then checked by the row's own rules. */
export const projectDraftSchema = trimmedText(projectDraftFields);
export type ProjectDraft = z.input<typeof projectDraftFields>;

const projectEditFields = projectDraftFields.extend({
  primarySkills: project.primarySkills,
  links: project.links.default([]),
  startedOn: project.startedOn,
  shippedOn: project.shippedOn,
  designDecisions: project.designDecisions.default(''),
  postmortem: project.postmortem.default(''),
});

/** Everything a person can edit on a project; validated by the row's rules before it is written. */
export const projectEditSchema = trimmedText(
  projectEditFields.superRefine((edit, ctx) => {
    const notTagged = (edit.primarySkills ?? []).filter((skill) => !edit.skills.includes(skill));
    if (notTagged.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `a primary skill must also be tagged (${notTagged.join(', ')}).`,
        path: ['primarySkills'],
        input: edit.primarySkills,
      });
    }
  }),
);
export type ProjectEdit = z.input<typeof projectEditFields>;

const milestoneDraftFields = milestoneSchema
  .pick({ title: true, dueOn: true, doneOn: true, sourceId: true })
  .extend({ acceptanceCriteria: milestoneSchema.shape.acceptanceCriteria.default('') });

export const milestoneDraftSchema = trimmedText(milestoneDraftFields);
export type MilestoneDraft = z.input<typeof milestoneDraftFields>;
