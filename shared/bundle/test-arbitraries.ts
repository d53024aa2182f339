// fast-check arbitraries of valid portfolios with consistent references, used only by the bundle's tests.
import fc from 'fast-check';
import type { EvalRun, Metric } from '../domain/eval-runs';
import type { Milestone, Project } from '../domain/projects';
import type { Feedback } from '../domain/records';
import { metricCatalog } from '../metrics/catalog';
import type { BundleRows } from './rows';
import type { BundlePrivacy } from './schema';

const text = (maxLength: number) => fc.string({ maxLength, unit: 'binary' });
const nonEmpty = (maxLength: number) => fc.string({ minLength: 1, maxLength, unit: 'binary' });
const id = fc.oneof(fc.uuid(), nonEmpty(20));
const instant = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 11, 31) })
  .map((ms) => new Date(ms).toISOString());
const calendarDay = instant.map((iso) => iso.slice(0, 10));
const url = fc
  .tuple(
    fc.constantFrom('github.com', 'arxiv.org', 'example.org', 'docs.python.org'),
    fc.stringMatching(/^[a-z0-9-]{0,12}$/),
  )
  .map(([host, path]) => `https://${host}/${path}`);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const project = fc.record({
  id,
  title: nonEmpty(30),
  summary: text(40),
  curriculumRef: optional(text(20)),
  skills: fc.array(text(15), { maxLength: 4 }),
  links: fc.array(fc.record({ label: nonEmpty(20), url }), { maxLength: 3 }),
  status: fc.constantFrom('idea', 'building', 'shipped'),
  startedOn: optional(calendarDay),
  shippedOn: optional(calendarDay),
  designDecisions: text(40),
  postmortem: text(40),
  archivedAt: optional(instant),
  createdAt: instant,
  updatedAt: instant,
}) satisfies fc.Arbitrary<Project>;

const milestone = (projectIds: string[]): fc.Arbitrary<Milestone> =>
  fc.record({
    id,
    projectId: fc.constantFrom(...projectIds),
    title: nonEmpty(30),
    acceptanceCriteria: text(40),
    order: fc.nat(100),
    dueOn: optional(calendarDay),
    doneOn: optional(calendarDay),
    sourceId: optional(text(20)),
    createdAt: instant,
    updatedAt: instant,
  });

const run = (projectIds: string[]): fc.Arbitrary<EvalRun> =>
  fc.record({
    id,
    projectId: fc.constantFrom(...projectIds),
    label: nonEmpty(30),
    ranOn: fc
      .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 11, 31) })
      .map((ms) => new Date(ms).toISOString().slice(0, 10)),
    context: fc.record(
      {
        model: text(20),
        promptVersion: text(20),
        datasetName: text(20),
        datasetSize: fc.integer({ min: 1, max: 1_000_000_000 }),
        datasetSplit: text(20),
        commitOrUrl: text(20),
        notes: text(40),
      },
      { requiredKeys: [] },
    ),
    createdAt: instant,
    updatedAt: instant,
  });

type MetricValue = Pick<Metric, 'key' | 'value' | 'k' | 'unit' | 'direction'>;

const metricValue: fc.Arbitrary<MetricValue> = fc.oneof(
  fc.constantFrom(...metricCatalog).chain((definition) =>
    fc.record({
      key: fc.constant(definition.key),
      value: fc.double({ min: definition.min, max: Math.min(definition.max, 1e9), noNaN: true }),
      k: definition.needsK ? fc.integer({ min: 1, max: 1000 }) : fc.constant(undefined),
    }),
  ),
  fc.record({
    key: fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,10}$/).map((slug) => `custom:${slug}`),
    value: fc.double({ noNaN: true, noDefaultInfinity: true }),
    unit: fc.stringMatching(/^[a-z%]{1,6}$/),
    direction: fc.constantFrom<'higher' | 'lower'>('higher', 'lower'),
  }),
);

const feedback = fc.record({
  id,
  kind: fc.constantFrom('readiness-review', 'mock-interview'),
  inputHash: nonEmpty(40),
  model: nonEmpty(20),
  inputTokens: fc.nat(1_000_000),
  outputTokens: fc.nat(1_000_000),
  estimatedCostUsd: fc.double({ min: 0, max: 100, noNaN: true }),
  answer: fc.record({ summary: text(40), items: fc.array(text(10), { maxLength: 3 }), score: fc.nat(100) }),
  createdAt: instant,
}) satisfies fc.Arbitrary<Feedback>;

const scoreKey = fc
  .stringMatching(/^[a-z0-9-]{1,12}$/)
  .filter((key) => key !== 'constructor' && key !== 'prototype');
const scores = fc.dictionary(scoreKey, fc.double({ min: 0, max: 100, noNaN: true }), {
  maxKeys: 4,
});

/** Metrics for the given runs, each run's series (key plus k) unique, as `checkRun` guarantees. */
function metricsFor(runs: EvalRun[]): fc.Arbitrary<Metric[]> {
  if (runs.length === 0) return fc.constant([]);
  return fc
    .tuple(
      ...runs.map((one) =>
        fc
          .uniqueArray(fc.tuple(id, metricValue), {
            maxLength: 3,
            selector: ([, metric]) => `${metric.key}@${metric.k ?? ''}`,
          })
          .map((list) =>
            list.map(([metricId, metric]) => ({
              id: metricId,
              runId: one.id,
              projectId: one.projectId,
              ...metric,
            })),
          ),
      ),
    )
    .map((lists) => {
      const byId = new Map<string, Metric>();
      for (const metric of lists.flat()) if (!byId.has(metric.id)) byId.set(metric.id, metric);
      return [...byId.values()];
    });
}

/** Valid rows with consistent references: milestones and runs on generated projects, metrics on their runs. */
export const validRows: fc.Arbitrary<BundleRows> = fc
  .uniqueArray(project, { maxLength: 4, selector: (row) => row.id })
  .chain((projects) => {
    const projectIds = projects.map((row) => row.id);
    return fc.record({
      projects: fc.constant(projects),
      milestones: projectIds.length
        ? fc.uniqueArray(milestone(projectIds), { maxLength: 4, selector: (row) => row.id })
        : fc.constant<Milestone[]>([]),
      evalRuns: projectIds.length
        ? fc.uniqueArray(run(projectIds), { maxLength: 4, selector: (row) => row.id })
        : fc.constant<EvalRun[]>([]),
    });
  })
  .chain(({ projects, milestones, evalRuns }) => {
    const runs: EvalRun[] = evalRuns.map((row, index) => {
      const earlier = evalRuns[index - 1];
      return earlier && index % 2 === 1 ? { ...row, baselineRunId: earlier.id } : row;
    });
    return fc.record({
      progress: fc.uniqueArray(
        fc.record(
          {
            itemId: id,
            status: fc.constantFrom('pending', 'in-progress', 'done', 'skipped'),
            skipReason: fc.constantFrom('already-known', 'outside-evidence', 'not-relevant'),
            skipNote: text(30),
            updatedAt: instant,
          },
          { requiredKeys: ['itemId', 'status', 'updatedAt'] },
        ),
        { maxLength: 4, selector: (row) => row.itemId },
      ),
      notes: fc.uniqueArray(fc.record({ itemId: id, text: text(60), updatedAt: instant }), {
        maxLength: 3,
        selector: (row) => row.itemId,
      }),
      resources: fc.uniqueArray(
        fc.record({
          id,
          itemId: id,
          title: nonEmpty(30),
          url: optional(url),
          note: optional(text(30)),
          createdAt: instant,
        }),
        { maxLength: 3, selector: (row) => row.id },
      ),
      projects: fc.constant(projects),
      milestones: fc.constant(milestones),
      evalRuns: fc.constant(runs),
      metrics: metricsFor(runs),
      feedback: fc.uniqueArray(feedback, { maxLength: 3, selector: (row) => row.id }),
      readinessSnapshots: fc.uniqueArray(
        fc.record({
          id,
          at: instant,
          overall: fc.double({ min: 0, max: 100, noNaN: true }),
          layers: scores,
          skills: scores,
          roles: scores,
        }),
        { maxLength: 3, selector: (row) => row.id },
      ),
    });
  });

export const privacyChoice: fc.Arbitrary<BundlePrivacy> = fc.record({
  notes: fc.boolean(),
  resources: fc.boolean(),
  costs: fc.boolean(),
  llmAnswers: fc.boolean(),
});
