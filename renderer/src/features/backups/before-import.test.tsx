import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildReviewFile } from '../../../../shared/bundle/review-file';
import type { BackupInfo, DesktopApi, WriteBackupRequest } from '../../../../shared/ipc/contract';
import { fail, ok, type Result } from '../../../../shared/result';
import { freshDatabase, rowCounts } from '../../../../tests/fixtures/test-database';
import type { ShipReadyDatabase } from '../../db/database';
import { DatabaseProvider } from '../../db/database-context';
import { createProject } from '../../db/repositories/projects';
import { appStore } from '../../store/app-store';
import { ImportRunsDialog, readImportFile } from '../portfolio/runs/ImportRunsDialog';
import { importReviewFile } from '../review/import-review';

/** What the desktop side was asked to back up, and the row counts at that moment. */
let backups: { request: WriteBackupRequest; countsThen: Record<string, number> }[];
let backupAnswer: () => Result<BackupInfo>;
let db: ShipReadyDatabase;

// desktopApi() keeps the first object it finds, so one object serves every test through these variables.
window.shipready = {
  writeBackup: async (request: WriteBackupRequest) => {
    backups.push({ request, countsThen: await rowCounts(db) });
    return backupAnswer();
  },
} as unknown as DesktopApi;

const written: BackupInfo = {
  fileName: 'shipready-backup-2026-11-21T10-00-00-000Z-before-import-000007.json',
  reason: 'before-import',
  createdAt: '2026-11-21T10:00:00.000Z',
  bytes: 100,
};

const noticeSaying = (text: string) =>
  appStore.getState().notices.find((notice) => notice.message.includes(text));

beforeEach(async () => {
  db = await freshDatabase();
  backups = [];
  backupAnswer = () => ok(written);
});

async function reviewFile() {
  const { text } = await buildReviewFile({
    bundleHash: `sha256:${'a'.repeat(64)}`,
    owner: 'Ada',
    mentor: { name: 'Grace' },
    reviewedAt: '2026-11-20T10:00:00.000Z',
    recommendation: { verdict: 'almost', summary: 'Add a deployed demo.' },
    items: [{ itemType: 'project', itemId: 'p1', ideas: ['Start with a baseline run.'] }],
    rubricScores: [],
  });
  return { name: 'grace.shipreview', content: text };
}

describe('every import takes a backup first', () => {
  it('a review file: backs up everything before storing the review, and says where it is', async () => {
    const imported = await importReviewFile(db, await reviewFile());
    expect(imported).toMatchObject({ ok: true });
    expect(backups).toHaveLength(1);
    expect(backups[0]?.request.reason).toBe('before-import');
    expect(backups[0]?.countsThen.reviews).toBe(0);
    expect(JSON.parse(backups[0]?.request.content ?? 'null')).toBeTypeOf('object');
    expect(await db.reviews.count()).toBe(1);
    if (imported.ok) expect(imported.value).toContain(written.fileName);
  });

  it('a review file: when the backup fails, nothing is imported and the sentence says why', async () => {
    backupAnswer = () => fail('disk-full', 'The backup was not written: the disk is full.');
    const before = await rowCounts(db);
    const imported = await importReviewFile(db, await reviewFile());
    expect(imported.ok).toBe(false);
    if (!imported.ok) {
      expect(imported.error.message).toMatch(/^grace\.shipreview was not imported, because the backup/);
      expect(imported.error.message).toContain('the disk is full');
    }
    expect(await rowCounts(db)).toEqual(before);
  });

  async function openRunsImport() {
    const project = await createProject(db, { title: 'RAG over docs' });
    if (!project.ok) throw new Error(project.error.message);
    const source = readImportFile('runs.csv', 'date,label,model,recall@5\n2026-10-01,first,local-8b,0.61\n');
    if (!source.ok) throw new Error('the CSV fixture does not parse');
    render(
      <DatabaseProvider db={db}>
        <ImportRunsDialog projectId={project.value.id} source={source.value} onClose={() => {}} />
      </DatabaseProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Import 1 run' }));
  }

  it('a CSV of runs: backs up everything before writing the runs, and says where it is', async () => {
    await openRunsImport();
    await waitFor(() => expect(db.evalRuns.count()).resolves.toBe(1));
    expect(backups).toHaveLength(1);
    expect(backups[0]?.request.reason).toBe('before-import');
    expect(backups[0]?.countsThen.evalRuns).toBe(0);
    expect(noticeSaying(`${written.fileName}.`)?.tone).toBe('info');
  });

  it('a CSV of runs: when the backup fails, no run is written and the person is told', async () => {
    backupAnswer = () => fail('read-only', 'The backup was not written: the disk is read-only.');
    await openRunsImport();
    await waitFor(() => expect(noticeSaying('runs.csv was not imported')?.tone).toBe('error'));
    expect(noticeSaying('runs.csv was not imported')?.message).toContain('the disk is read-only');
    expect(await db.evalRuns.count()).toBe(0);
    expect(await db.metrics.count()).toBe(0);
  });
});
