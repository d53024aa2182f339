// The shape of curriculum content, as written in content/ and as compiled for the app.
import { z } from 'zod';

export const contentId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lowercase letters, digits and single dashes')
  .max(80);

export const layerIds = ['foundation', 'infrastructure', 'advanced'] as const;
export type LayerId = (typeof layerIds)[number];

const text = (max: number) => z.string().trim().min(1).max(max);
const httpsUrl = z
  .string()
  .url()
  .refine((url) => url.startsWith('https://'), 'resource links must be https');

export const metricTargetSchema = z.strictObject({
  key: z.string(),
  comparison: z.enum(['gte', 'lte']),
  target: z.number().finite(),
});

export const criterionSchema = z.strictObject({
  id: contentId,
  text: text(600),
  metric: metricTargetSchema.optional(),
});

export const resourceSchema = z.strictObject({
  kind: z.enum(['docs', 'article', 'paper', 'video', 'course', 'repo', 'tool']),
  title: text(300),
  url: httpsUrl.optional(),
  note: text(400).optional(),
});

export const lessonFrontMatterSchema = z.strictObject({
  id: contentId,
  title: text(160),
  summary: text(400),
  skills: z.array(contentId).min(1),
  estimateMinutes: z.number().int().min(5).max(240),
  resources: z.array(resourceSchema).min(1).max(4),
  /** The points a strong answer covers, one list per question under "## Check yourself", in order. */
  answerPoints: z.array(z.array(text(400)).min(2).max(6)).min(1),
});

/** One end-of-lesson question with the points a strong answer covers. */
export const lessonQuestionSchema = z.strictObject({
  question: text(600),
  answerPoints: z.array(text(400)).min(2),
});

export const taskSchema = z.strictObject({
  id: contentId,
  title: text(160),
  description: text(1500),
  skills: z.array(contentId).min(1),
  estimateHours: z.number().min(0.5).max(40),
  /** Set on the task that schedules a capstone's build; its hours are the capstone's. */
  capstone: contentId.optional(),
});

/** study: lessons and tasks; orientation: week 0 before month 1; buffer: catch-up and capstone time. */
export const weekKinds = ['study', 'orientation', 'buffer'] as const;

export const weekSchema = z.strictObject({
  id: contentId,
  number: z.number().int().min(0).max(6),
  kind: z.enum(weekKinds).default('study'),
  title: text(120),
  focus: text(600),
  lessons: z.array(contentId),
  tasks: z.array(contentId),
  /** Unscheduled catch-up hours a buffer week holds besides its tasks. */
  slackHours: z.number().min(0).max(15).optional(),
});

export const milestoneSchema = z.strictObject({
  id: contentId,
  title: text(160),
  description: text(1000),
  acceptanceCriteria: z.array(criterionSchema).min(3),
});

export const monthSourceSchema = z.strictObject({
  id: contentId,
  number: z.number().int().min(1).max(6),
  title: text(120),
  layer: z.enum(layerIds),
  summary: text(800),
  goals: z.array(text(400)).min(3).max(8),
  weeks: z.array(weekSchema).min(4).max(6),
  tasks: z.array(taskSchema).min(1),
  milestone: milestoneSchema,
});

export const selfCheckSchema = z.strictObject({
  id: contentId,
  question: text(600),
  strongAnswerCovers: z.array(text(400)).min(2),
});

export const skillSchema = z.strictObject({
  id: contentId,
  layer: z.enum(layerIds),
  title: text(120),
  seedNumber: z.number().int().min(1).max(15).optional(),
  whyItMatters: text(1200),
  goodLooksLike: z.array(text(400)).min(3),
  redFlags: z.array(text(400)).min(2),
  selfCheck: z.array(selfCheckSchema).min(2),
  evidence: z.array(text(400)).min(2),
});

export const layerSchema = z.strictObject({
  id: z.enum(layerIds),
  title: text(60),
  order: z.number().int().min(1).max(3),
  summary: text(1200),
});

export const skillsFileSchema = z.strictObject({
  layers: z.array(layerSchema).length(3),
  skills: z.array(skillSchema).min(1),
});

export const rubricItemSchema = z.strictObject({
  id: contentId,
  criterion: text(300),
  weight: z.number().int().min(1).max(3),
  levels: z
    .array(z.strictObject({ score: z.number().int().min(0).max(3), description: text(600) }))
    .length(4),
});

export const capstoneSchema = z.strictObject({
  id: contentId,
  title: text(160),
  summary: text(1200),
  skills: z.array(contentId).min(1),
  requirements: z.array(text(600)).min(3),
  /** Hours of capstone work beyond the month tasks it reuses; scheduled as a buffer-week task. */
  estimateHours: z.number().min(1).max(80),
  acceptanceCriteria: z.array(criterionSchema).min(3),
  rubric: z.array(rubricItemSchema).min(3),
});

export const roleSchema = z.strictObject({
  id: contentId,
  title: text(120),
  summary: text(1500),
  weights: z.record(contentId, z.number().int().min(1).max(3)),
});

export const idMapEntrySchema = z.strictObject({
  kind: z.enum(['moved', 'merged', 'split']),
  from: z.array(contentId).min(1),
  to: z.array(contentId).min(1),
  /** The content version that introduced this entry. */
  since: z.number().int().min(2),
});

/** What a content version changed besides ids: lessons rewritten and items added. */
export const changelogEntrySchema = z.strictObject({
  version: z.number().int().min(2),
  /** Items kept under their id whose content changed enough to re-read. */
  changed: z.array(contentId),
  /** Items that did not exist before this version. */
  added: z.array(contentId),
});

export const planSchema = z.strictObject({
  /** The pace the plan is written for; no week holds more. */
  hoursPerWeek: z.number().min(1).max(40),
});

export const curriculumFileSchema = z.strictObject({
  contentVersion: z.number().int().min(1),
  plan: planSchema,
  idMap: z.array(idMapEntrySchema),
  changelog: z.array(changelogEntrySchema),
});

export type Criterion = z.infer<typeof criterionSchema>;
export type Resource = z.infer<typeof resourceSchema>;
export type Task = z.infer<typeof taskSchema>;
export type Week = z.infer<typeof weekSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type Skill = z.infer<typeof skillSchema>;
export type SkillLayer = z.infer<typeof layerSchema>;
export type Capstone = z.infer<typeof capstoneSchema>;
export type RubricItem = z.infer<typeof rubricItemSchema>;
export type RoleProfile = z.infer<typeof roleSchema>;
export type IdMapEntry = z.infer<typeof idMapEntrySchema>;
export type ChangelogEntry = z.infer<typeof changelogEntrySchema>;
export type Plan = z.infer<typeof planSchema>;
export type LessonQuestion = z.infer<typeof lessonQuestionSchema>;

/** A lesson as the app sees it: front matter plus where it sits. The body is loaded separately. */
export type LessonMeta = Omit<z.infer<typeof lessonFrontMatterSchema>, 'answerPoints'> & {
  monthId: string;
  weekId: string;
  order: number;
  /** The "Check yourself" questions with their answer points. */
  questions: LessonQuestion[];
};

export type Month = Omit<z.infer<typeof monthSourceSchema>, 'weeks'> & {
  weeks: Week[];
  lessons: LessonMeta[];
};

export interface Curriculum {
  contentVersion: number;
  plan: Plan;
  idMap: IdMapEntry[];
  changelog: ChangelogEntry[];
  layers: SkillLayer[];
  skills: Skill[];
  months: Month[];
  capstones: Capstone[];
  roles: RoleProfile[];
}

/** Lesson bodies of one month, keyed by lesson id, as compiled Markdown. */
export type LessonBodies = Record<string, string>;
