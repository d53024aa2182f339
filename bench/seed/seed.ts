// Seeds the app's own database through its own repositories, on the app's origin, for the bench; and times
// the bulk writes the issue budgets (seeding, a 5,000-run CSV import, a 5,000-run eval-tool import).

import { ShipReadyDatabase } from '../../renderer/src/db/database';
import { createProjects, importRunsIntoProjects } from '../../renderer/src/db/repositories/bulk';
import { importEvalRuns, importRuns } from '../../renderer/src/db/repositories/eval-runs';
import { importEvalInput } from '../../shared/eval-import/import-eval';
import { planEvalRows } from '../../shared/eval-import/to-rows';
import { parseCsv } from '../../shared/portfolio/csv';
import { guessMapping, rowsToRunDrafts } from '../../shared/portfolio/import-mapping';
import type { EvalRunDraft } from '../../shared/portfolio/types';
import { mlrunsFolder, runsCsv } from './bulk-files';

const statuses = ['idea', 'building', 'shipped'] as const;

function runDraft(p: number, r: number): EvalRunDraft {
  const day = new Date(Date.UTC(2026, 5, 1) + ((p * 7 + r * 3) % 180) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return {
    label: `run ${r + 1}`,
    ranOn: day,
    context: { model: 'local-8b', datasetName: 'golden', datasetSize: 100 },
    metrics: [
      { key: 'recall_at_k', k: 5, value: 0.5 + ((p + r) % 40) / 100 },
      { key: 'faithfulness', value: 0.6 + ((p * r) % 35) / 100 },
      { key: 'answer_relevancy', value: 0.7 + (r % 25) / 100 },
      { key: 'latency_p95_ms', value: 400 + ((p + r * 13) % 900) },
      { key: 'cost_per_1k_requests_usd', value: 1 + (r % 9) / 2 },
    ],
  };
}

/** Five metrics per run, `runs` runs spread over the projects, numbered on from `firstRun`. */
function runBatches(projectIds: string[], runs: number, firstRun = 0) {
  const perProject = Math.ceil(runs / Math.max(1, projectIds.length));
  return projectIds
    .map((projectId, p) => ({
      projectId,
      drafts: Array.from({ length: Math.max(0, Math.min(perProject, runs - p * perProject)) }, (_, r) =>
        runDraft(p, firstRun + r),
      ),
    }))
    .filter((batch) => batch.drafts.length > 0);
}

/** `projects` projects and `metrics` metric rows over them: one bulk call for each, as the app writes them. */
async function seedInto(db: ShipReadyDatabase, projects: number, metrics: number) {
  const started = performance.now();
  const created = await createProjects(
    db,
    Array.from({ length: projects }, (_, i) => ({
      draft: {
        title: `Project ${i + 1}: retrieval experiment`,
        summary: `Seeded by the bench. Hybrid retrieval over ${50 + (i % 200)} documents.`,
        status: statuses[i % 3],
        curriculumRef: `month-${(i % 6) + 1}`,
      },
    })),
  );
  if (!created.ok) throw new Error(created.error.message);
  const projectsMs = performance.now() - started;
  const imported = await importRunsIntoProjects(
    db,
    runBatches(
      created.value.map((project) => project.id),
      Math.ceil(metrics / 5),
    ),
  );
  if (!imported.ok) throw new Error(imported.error.message);
  return { projectsMs, ms: performance.now() - started };
}

async function scratch<T>(name: string, use: (db: ShipReadyDatabase) => Promise<T>): Promise<T> {
  const db = new ShipReadyDatabase(`shipready-bench-${name}`);
  await db.delete();
  await db.open();
  try {
    return await use(db);
  } finally {
    db.close();
    await new ShipReadyDatabase(`shipready-bench-${name}`).delete();
  }
}

/** Seeds the app's database; before that, `repeats` timed seedings of a scratch database of the same size. */
async function seed(projects: number, metrics: number, repeats = 3) {
  const samples: { projectsMs: number; ms: number }[] = [];
  for (let i = 0; i < repeats; i += 1)
    samples.push(await scratch('seed', (db) => seedInto(db, projects, metrics)));
  const db = new ShipReadyDatabase();
  await db.open();
  const last = await seedInto(db, projects, metrics);
  const counts = { projects: await db.projects.count(), metrics: await db.metrics.count() };
  db.close();
  return { ...counts, ms: last.ms, samples: [...samples, last] };
}

/** Adds runs to the seeded projects until the app's database holds `metrics` metric rows. */
async function growTo(metrics: number) {
  const db = new ShipReadyDatabase();
  await db.open();
  const have = await db.metrics.count();
  const projectIds = (await db.projects.toArray()).map((project) => project.id);
  const result = await importRunsIntoProjects(
    db,
    runBatches(projectIds, Math.ceil((metrics - have) / 5), 1000),
  );
  if (!result.ok) throw new Error(result.error.message);
  const count = await db.metrics.count();
  db.close();
  return count;
}

/**
 * A 5,000-run CSV through the column-mapper import's own steps (parse, guessed mapping, rows to runs, then
 * `importRuns`) and a 5,000-run mlruns folder through the eval import's (read, plan, `importEvalRuns`), each
 * into a fresh project of a scratch database. Database time is the repository call alone.
 */
async function bulkImports(runs: number) {
  return scratch('import', async (db) => {
    const projects = await createProjects(db, [{ draft: { title: 'CSV' } }, { draft: { title: 'Eval' } }]);
    if (!projects.ok) throw new Error(projects.error.message);
    const [csvProject, evalProject] = projects.value.map((project) => project.id);
    if (!csvProject || !evalProject) throw new Error('projects missing');

    let started = performance.now();
    const table = parseCsv(runsCsv(runs), runs + 1);
    if (!table.ok) throw new Error(table.problems[0]?.message);
    const drafts = rowsToRunDrafts(table.value, guessMapping(table.value.headers));
    if (!drafts.ok) throw new Error(`${drafts.problems[0]?.field}: ${drafts.problems[0]?.message}`);
    const csvParseMs = performance.now() - started;
    started = performance.now();
    const csv = await importRuns(db, csvProject, drafts.value);
    if (!csv.ok) throw new Error(csv.error.message);
    const csvDbMs = performance.now() - started;

    started = performance.now();
    const read = await importEvalInput({ kind: 'folder', name: 'mlruns', entries: mlrunsFolder(runs) });
    if (!read.ok) throw new Error(read.problems[0]?.message);
    const plan = planEvalRows(read.value, { importedAt: new Date().toISOString(), today: '2026-03-10' });
    const rows = plan.runs.map((run) => ({ run: run.run, metrics: run.metrics.map((metric) => metric.row) }));
    const evalParseMs = performance.now() - started;
    started = performance.now();
    const evalResult = await importEvalRuns(db, evalProject, rows);
    if (!evalResult.ok) throw new Error(evalResult.error.message);
    const evalDbMs = performance.now() - started;
    return {
      rawFloorMs: await rawIndexedDbFloor(runs, runs * 3),
      csv: { runs: csv.value.length, parseMs: csvParseMs, dbMs: csvDbMs },
      evalFile: { runs: evalResult.value.runIds.length, parseMs: evalParseMs, dbMs: evalDbMs },
    };
  });
}

/**
 * The floor under the imports: the same numbers of run-shaped and metric-shaped rows (three metrics a run, as
 * both files hold) added with native IndexedDB in one transaction, into stores with the app's indexes.
 */
async function rawIndexedDbFloor(runs: number, metrics: number): Promise<number> {
  const name = 'shipready-bench-raw-floor';
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = resolve;
  });
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const evalRuns = request.result.createObjectStore('evalRuns', { keyPath: 'id' });
      for (const index of ['projectId', 'ranOn', 'baselineRunId']) evalRuns.createIndex(index, index);
      const metricRows = request.result.createObjectStore('metrics', { keyPath: 'id' });
      for (const index of ['runId', 'projectId', 'key']) metricRows.createIndex(index, index);
      metricRows.createIndex('[projectId+key]', ['projectId', 'key']);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const at = new Date().toISOString();
  const started = performance.now();
  await new Promise((resolve, reject) => {
    const tx = db.transaction(['evalRuns', 'metrics'], 'readwrite');
    const runStore = tx.objectStore('evalRuns');
    const metricStore = tx.objectStore('metrics');
    for (let i = 0; i < runs; i += 1)
      runStore.add({
        id: `run-${i}`,
        projectId: 'p',
        label: `run ${i}`,
        ranOn: '2026-01-01',
        context: { model: 'local-8b' },
        createdAt: at,
        updatedAt: at,
      });
    for (let i = 0; i < metrics; i += 1)
      metricStore.add({
        id: `metric-${i}`,
        runId: `run-${i % runs}`,
        projectId: 'p',
        key: `k${i % 3}`,
        value: i / 100,
      });
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - started;
  db.close();
  indexedDB.deleteDatabase(name);
  return ms;
}

Object.assign(window, { seedShipReady: seed, growShipReady: growTo, bulkImportsShipReady: bulkImports });
document.title = 'seeder ready';
