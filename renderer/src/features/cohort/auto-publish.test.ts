import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultPublishPrivacy } from '../../../../shared/cohort/connection';
import type { DesktopApi } from '../../../../shared/ipc/contract';
import { fail, ok } from '../../../../shared/result';
import { freshDatabase } from '../../../../tests/fixtures/test-database';
import { createProject } from '../../db/repositories/projects';
import { setSetting } from '../../db/repositories/settings';
import { settingKeys } from '../../db/settings-keys';
import { appStore } from '../../store/app-store';
import { startAutoPublish } from './auto-publish';

const published: string[] = [];
let answer = ok({ path: 'students/ana-01/bundle.json', bundleHash: 'sha256:x' });
const connection = {
  folder: '/cohort',
  studentId: 'ana-01',
  autoPublish: true,
  privacy: defaultPublishPrivacy,
  publishedHashes: [],
};
// desktopApi() keeps the first object it finds, so one object serves every test.
window.shipready = {
  cohortConnection: async () => ok(connection),
  publishToCohort: async (content: string) => {
    published.push(content);
    return answer;
  },
} as unknown as DesktopApi;

let stop = () => {};
afterEach(() => stop());

describe('publishing to the cohort folder after changes', () => {
  it('publishes the changed portfolio once the person pauses, with their privacy switches', async () => {
    const db = await freshDatabase();
    await setSetting(db, settingKeys.ownerName, 'Ana', true);
    const started = startAutoPublish(db, 10);
    stop = started.stop;
    await started.ready;
    await createProject(db, { title: 'Ticket router' });
    await vi.waitFor(() => expect(published).toHaveLength(1), { timeout: 5_000 });
    const bundle = JSON.parse(published[0] ?? '{}');
    expect(bundle.owner.name).toBe('Ana');
    expect(bundle.privacy).toEqual(defaultPublishPrivacy);
    expect(bundle.sections.projects.map((p: { title: string }) => p.title)).toEqual(['Ticket router']);
  });

  it('says so when the folder refuses the bundle', async () => {
    const db = await freshDatabase();
    await setSetting(db, settingKeys.ownerName, 'Ana', true);
    answer = fail('read-only', 'The cohort folder is on a read-only disk.') as typeof answer;
    const started = startAutoPublish(db, 10);
    stop = started.stop;
    await started.ready;
    await createProject(db, { title: 'Eval harness' });
    await vi.waitFor(
      () =>
        expect(appStore.getState().notices.map((n) => n.message)).toContain(
          'Publishing to the cohort folder failed: The cohort folder is on a read-only disk.',
        ),
      { timeout: 5_000 },
    );
  });
});
