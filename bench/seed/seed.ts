// Seeds the app's own database through its own repositories, on the app's origin, for the bench.
import { ShipReadyDatabase } from '../../renderer/src/db/database';
import { importRuns } from '../../renderer/src/db/repositories/eval-runs';
import { createProject } from '../../renderer/src/db/repositories/projects';

const statuses = ['idea', 'building', 'shipped'] as const;

/** `projects` projects; `metrics` metric rows spread over them, five per run, dated over 26 weeks. */
async function seed(
  projects: number,
  metrics: number,
): Promise<{ projects: number; metrics: number; ms: number }> {
  const started = performance.now();
  const db = new ShipReadyDatabase();
  await db.open();
  const ids: string[] = [];
  for (let i = 0; i < projects; i += 1) {
    const result = await createProject(db, {
      title: `Project ${i + 1}: retrieval experiment`,
      summary: `Seeded by the bench. Hybrid retrieval over ${50 + (i % 200)} documents.`,
      status: statuses[i % 3],
      curriculumRef: `month-${(i % 6) + 1}`,
    });
    if (!result.ok) throw new Error(result.error.message);
    ids.push(result.value.id);
  }
  const runs = Math.ceil(metrics / 5);
  const perProject = Math.ceil(runs / Math.max(1, ids.length));
  for (const [p, projectId] of ids.entries()) {
    const drafts = Array.from({ length: Math.min(perProject, runs - p * perProject) }, (_, r) => {
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
    });
    if (drafts.length === 0) continue;
    const result = await importRuns(db, projectId, drafts);
    if (!result.ok) throw new Error(result.error.message);
  }
  const counts = { projects: await db.projects.count(), metrics: await db.metrics.count() };
  db.close();
  return { ...counts, ms: performance.now() - started };
}

(window as Window & { seedShipReady?: typeof seed }).seedShipReady = seed;
document.title = 'seeder ready';
