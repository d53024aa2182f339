// Seeds the app's own database through its own repositories, on the app's origin, for the bench.
import { ShipReadyDatabase } from '../../renderer/src/db/database';
import { createProject } from '../../renderer/src/db/repositories/projects';

const statuses = ['idea', 'building', 'shipped'] as const;

async function seed(projects: number): Promise<{ projects: number; ms: number }> {
  const started = performance.now();
  const db = new ShipReadyDatabase();
  await db.open();
  for (let i = 0; i < projects; i += 1) {
    const result = await createProject(db, {
      title: `Project ${i + 1}: retrieval experiment`,
      summary: `Seeded by the bench. Hybrid retrieval over ${50 + (i % 200)} documents.`,
      status: statuses[i % 3],
      curriculumRef: `month-${(i % 6) + 1}`,
    });
    if (!result.ok) throw new Error(result.error.message);
  }
  db.close();
  return { projects: await countProjects(), ms: performance.now() - started };
}

async function countProjects(): Promise<number> {
  const db = new ShipReadyDatabase();
  await db.open();
  const count = await db.projects.count();
  db.close();
  return count;
}

(window as Window & { seedShipReady?: typeof seed }).seedShipReady = seed;
document.title = 'seeder ready';
