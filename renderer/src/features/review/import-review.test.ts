import { describe, expect, it } from 'vitest';
import { buildReviewFile, type ReviewFileDraft } from '../../../../shared/bundle/review-file';
import type { BackupInfo, DesktopApi } from '../../../../shared/ipc/contract';
import { ok } from '../../../../shared/result';
import { freshDatabase, rowCounts } from '../../../../tests/fixtures/test-database';
import { recordBundleExport } from '../../db/repositories/bundle-exports';
import { setSetting } from '../../db/repositories/settings';
import { settingKeys } from '../../db/settings-keys';
import { importReviewFile } from './import-review';

window.shipready = {
  writeBackup: async () =>
    ok<BackupInfo>({
      fileName: 'before-import-1.json',
      reason: 'before-import',
      createdAt: '2027-01-05T12:00:00.000Z',
      bytes: 10,
    }),
} as unknown as DesktopApi;

const draft = (owner: string): ReviewFileDraft => ({
  bundleHash: `sha256:${'d'.repeat(64)}`,
  owner,
  mentor: { name: 'Grace' },
  reviewedAt: '2027-01-05T10:00:00.000Z',
  recommendation: { verdict: 'almost', summary: 'Add a baseline run.' },
  items: [{ itemType: 'project', itemId: 'team:docchat', ideas: ['Log a baseline first.'] }],
  rubricScores: [{ projectId: 'team:docchat', rubricItemId: 'capstone-rag.retrieval', score: 2 }],
});

describe('importing a review file', () => {
  it('refuses a review of someone else’s portfolio, saying whose it is, and writes nothing', async () => {
    const db = await freshDatabase();
    await setSetting(db, settingKeys.ownerName, 'Ada Lovelace', true);
    const before = await rowCounts(db);
    const { text } = await buildReviewFile(draft('Alan Turing'));
    const result = await importReviewFile(db, { name: 'review.shipready-review', content: text });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(
      /^review\.shipready-review was not imported: it is Grace’s review of Alan Turing’s portfolio .*not of yours \(Ada Lovelace\)\. Nothing was changed\.$/,
    );
    expect(await rowCounts(db)).toEqual(before);
  });

  it('stores the same review imported twice once, with structured keys for a project id holding ":"', async () => {
    const db = await freshDatabase();
    await setSetting(db, settingKeys.ownerName, 'Ada Lovelace', true);
    const { text } = await buildReviewFile(draft('ada lovelace'));
    const first = await importReviewFile(db, { name: 'review.shipready-review', content: text });
    expect(first.ok && first.value).toMatch(/^Review from Grace imported/);
    const second = await importReviewFile(db, { name: 'review.shipready-review', content: text });
    expect(second.ok && second.value).toMatch(/already imported; nothing was added/);
    const rows = await db.reviews.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.comments).toEqual([
      { itemType: 'project', itemId: 'team:docchat', text: 'Log a baseline first.' },
    ]);
    expect(rows[0]?.scores).toEqual([
      { projectId: 'team:docchat', rubricItemId: 'capstone-rag.retrieval', score: 2 },
    ]);
  });

  it('refuses a review of a bundle this app never exported, once it has exported some, and writes nothing', async () => {
    const db = await freshDatabase();
    await recordBundleExport(db, `sha256:${'e'.repeat(64)}`, '/home/ada/Ada.shipready');
    const before = await rowCounts(db);
    const { text } = await buildReviewFile(draft('Ada Lovelace'));
    const result = await importReviewFile(db, { name: 'review.shipready-review', content: text });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toMatch(
        /it is Grace’s review of Ada Lovelace’s portfolio \(bundle d{12}…\), which is not a bundle you exported from this app\. Nothing was changed\.$/,
      );
    expect(await rowCounts(db)).toEqual(before);
    await recordBundleExport(db, `sha256:${'d'.repeat(64)}`, '/home/ada/Ada-2.shipready');
    const again = await importReviewFile(db, { name: 'review.shipready-review', content: text });
    expect(again.ok).toBe(true);
  });

  it('names what is wrong in a broken review file in a sentence, without raw field paths, and writes nothing', async () => {
    const db = await freshDatabase();
    const before = await rowCounts(db);
    const { text } = await buildReviewFile(draft('Ada Lovelace'));
    const broken = JSON.stringify({ ...JSON.parse(text), mentor: { name: '' } });
    const result = await importReviewFile(db, { name: 'review.shipready-review', content: broken });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/^review\.shipready-review was not imported: Mentor › name: /);
      expect(result.error.message).not.toMatch(/mentor\.name/);
    }
    expect(await rowCounts(db)).toEqual(before);
  });
});
