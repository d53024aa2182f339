// Copies database rows into bundle sections: only the domain fields, undefined fields dropped, privacy applied.
import type { EvalRun, Metric } from '../domain/eval-runs';
import type { Note, PersonalResource, ProgressEntry } from '../domain/progress';
import type { Milestone, Project } from '../domain/projects';
import type { Feedback, ReadinessSnapshot } from '../domain/records';
import type { BundleRows } from './rows';
import type { BundlePrivacy, BundleSections } from './schema';

/** The row without its undefined members, so an absent optional field and an undefined one export alike. */
function defined<T extends object>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined)) as T;
}

const progressEntry = (row: ProgressEntry): ProgressEntry =>
  defined({
    itemId: row.itemId,
    status: row.status,
    skipReason: row.skipReason,
    skipNote: row.skipNote,
    updatedAt: row.updatedAt,
  });

const note = (row: Note): Note => ({ itemId: row.itemId, text: row.text, updatedAt: row.updatedAt });

const resource = (row: PersonalResource): PersonalResource =>
  defined({
    id: row.id,
    itemId: row.itemId,
    title: row.title,
    url: row.url,
    note: row.note,
    createdAt: row.createdAt,
  });

const project = (row: Project): Project =>
  defined({
    id: row.id,
    title: row.title,
    summary: row.summary,
    curriculumRef: row.curriculumRef,
    skills: [...row.skills],
    links: row.links.map((link) => ({ label: link.label, url: link.url })),
    status: row.status,
    startedOn: row.startedOn,
    shippedOn: row.shippedOn,
    designDecisions: row.designDecisions,
    postmortem: row.postmortem,
    archivedAt: row.archivedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });

const milestone = (row: Milestone): Milestone =>
  defined({
    id: row.id,
    projectId: row.projectId,
    title: row.title,
    acceptanceCriteria: row.acceptanceCriteria,
    order: row.order,
    dueOn: row.dueOn,
    doneOn: row.doneOn,
    sourceId: row.sourceId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });

const evalRun = (row: EvalRun): EvalRun =>
  defined({
    id: row.id,
    projectId: row.projectId,
    label: row.label,
    ranOn: row.ranOn,
    context: defined({
      model: row.context.model,
      promptVersion: row.context.promptVersion,
      datasetName: row.context.datasetName,
      datasetSize: row.context.datasetSize,
      datasetSplit: row.context.datasetSplit,
      commitOrUrl: row.context.commitOrUrl,
      notes: row.context.notes,
    }),
    baselineRunId: row.baselineRunId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });

const metric = (row: Metric): Metric =>
  defined({
    id: row.id,
    runId: row.runId,
    projectId: row.projectId,
    key: row.key,
    value: row.value,
    k: row.k,
    unit: row.unit,
    direction: row.direction,
  });

/** With costs left out, token counts and cost are written as 0 (the fields stay, so the shape never changes). */
const feedback = (row: Feedback, costs: boolean): Feedback => ({
  id: row.id,
  kind: row.kind,
  inputHash: row.inputHash,
  model: row.model,
  inputTokens: costs ? row.inputTokens : 0,
  outputTokens: costs ? row.outputTokens : 0,
  estimatedCostUsd: costs ? row.estimatedCostUsd : 0,
  answer: row.answer,
  createdAt: row.createdAt,
});

const snapshot = (row: ReadinessSnapshot): ReadinessSnapshot => ({
  id: row.id,
  at: row.at,
  overall: row.overall,
  layers: { ...row.layers },
  skills: { ...row.skills },
  roles: { ...row.roles },
});

/**
 * The sections of a bundle, in database order. Left-out sections are absent, not empty. Fields that are
 * not part of the domain types are not exported, so the file holds exactly what the schema describes.
 */
export function exportSections(rows: BundleRows, privacy: BundlePrivacy): BundleSections {
  const sections: BundleSections = {
    progress: rows.progress.map(progressEntry),
    projects: rows.projects.map(project),
    milestones: rows.milestones.map(milestone),
    evalRuns: rows.evalRuns.map(evalRun),
    metrics: rows.metrics.map(metric),
    readinessSnapshots: rows.readinessSnapshots.map(snapshot),
  };
  if (privacy.notes) sections.notes = rows.notes.map(note);
  if (privacy.resources) sections.resources = rows.resources.map(resource);
  if (privacy.llmAnswers) sections.feedback = rows.feedback.map((row) => feedback(row, privacy.costs));
  return sections;
}
