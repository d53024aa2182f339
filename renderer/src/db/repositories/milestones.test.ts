import { describe, expect, it } from 'vitest';
import { freshDatabase, rowCounts } from '../../../../tests/fixtures/test-database';
import {
  addMilestone,
  deleteMilestone,
  moveMilestone,
  restoreMilestone,
  updateMilestone,
} from './milestones';
import { createProject } from './projects';

async function projectWithMilestones() {
  const db = await freshDatabase();
  const project = await createProject(db, { title: 'Agent', curriculumRef: 'month-3' }, [
    { title: 'Three tools', sourceId: 'm3-ac-tools' },
    { title: 'Step limit' },
    { title: 'Traces' },
  ]);
  if (!project.ok) throw new Error('setup failed');
  return { db, projectId: project.value.id };
}

const titles = async (db: Awaited<ReturnType<typeof freshDatabase>>, projectId: string) =>
  (await db.milestones.where('projectId').equals(projectId).sortBy('order')).map((m) => m.title);

describe('milestones repository', () => {
  it('copies milestones in order when a project starts from the curriculum', async () => {
    const { db, projectId } = await projectWithMilestones();
    expect(await titles(db, projectId)).toEqual(['Three tools', 'Step limit', 'Traces']);
    expect((await db.milestones.toArray()).find((m) => m.title === 'Three tools')?.sourceId).toBe(
      'm3-ac-tools',
    );
  });

  it('reorders, and stops at the ends', async () => {
    const { db, projectId } = await projectWithMilestones();
    const [first, , last] = await db.milestones.where('projectId').equals(projectId).sortBy('order');
    if (!first || !last) throw new Error('setup failed');
    await moveMilestone(db, last.id, -1);
    expect(await titles(db, projectId)).toEqual(['Three tools', 'Traces', 'Step limit']);
    await moveMilestone(db, first.id, -1);
    expect(await titles(db, projectId)).toEqual(['Three tools', 'Traces', 'Step limit']);
  });

  it('marks one done, adds one at the end, deletes and restores one', async () => {
    const { db, projectId } = await projectWithMilestones();
    const [first] = await db.milestones.where('projectId').equals(projectId).sortBy('order');
    if (!first) throw new Error('setup failed');
    await updateMilestone(db, first.id, { title: first.title, doneOn: '2026-11-21' });
    expect((await db.milestones.get(first.id))?.doneOn).toBe('2026-11-21');
    await addMilestone(db, projectId, { title: 'Write-up', dueOn: '2026-12-01' });
    expect((await titles(db, projectId)).at(-1)).toBe('Write-up');
    const removed = await deleteMilestone(db, first.id);
    if (!removed.ok) throw new Error('delete failed');
    await restoreMilestone(db, removed.value);
    expect(await titles(db, projectId)).toContain('Three tools');
  });

  it('refuses a milestone without a title or with an impossible date, and writes nothing', async () => {
    const { db, projectId } = await projectWithMilestones();
    const before = await rowCounts(db);
    const noTitle = await addMilestone(db, projectId, { title: ' ' });
    const badDate = await addMilestone(db, projectId, { title: 'x', dueOn: '2026-02-30' });
    expect(noTitle.ok || badDate.ok).toBe(false);
    if (!noTitle.ok) expect(noTitle.error.message).toContain('title');
    if (!badDate.ok) expect(badDate.error.message).toContain('dueOn');
    expect(await rowCounts(db)).toEqual(before);
  });
});
