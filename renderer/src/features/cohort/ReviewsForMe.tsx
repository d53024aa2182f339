// Reviews of the student's bundles that arrived in the cohort folder, offered for import after the checks.

import { useState } from 'react';
import type { CohortConnection } from '../../../../shared/cohort/connection';
import type { ReviewRound } from '../../../../shared/cohort/folder-index';
import { formatDayOf } from '../../../../shared/progress/format-day';
import { useDatabase } from '../../db/database-context';
import { useReceivedReviews } from '../../db/live-reviews';
import { desktopApi } from '../../platform/desktop-api';
import { useAppStore } from '../../store/app-store';
import { importReviewFile } from '../review/import-review';

/** Checks a review round against the bundles this person published, then imports it as a file would be. */
async function importRound(
  db: Parameters<typeof importReviewFile>[0],
  round: ReviewRound,
  published: string[],
): Promise<{ ok: boolean; message: string }> {
  if (!published.includes(round.bundleHash))
    return {
      ok: false,
      message: `${round.path} was not imported: bundleHash: it reviews a bundle you did not publish from this copy.`,
    };
  const text = await desktopApi().readCohortReview(round.path);
  if (!text.ok) return { ok: false, message: text.error.message };
  const imported = await importReviewFile(db, { name: round.path, content: text.value });
  return imported.ok ? { ok: true, message: imported.value } : { ok: false, message: imported.error.message };
}

export function ReviewsForMe({
  connection,
  rounds,
}: {
  connection: CohortConnection;
  rounds: ReviewRound[];
}) {
  const db = useDatabase();
  const notify = useAppStore((state) => state.notify);
  const received = useReceivedReviews();
  const [busy, setBusy] = useState<string | null>(null);
  if (rounds.length === 0)
    return <p className="muted small">No review of your bundle has arrived in the folder yet.</p>;
  const isImported = (round: ReviewRound) =>
    received?.some((r) => r.bundleHash === round.bundleHash && r.mentorName === round.mentorName) ?? false;
  return (
    <ul className="bundle-list" aria-label="Reviews in the cohort folder">
      {rounds.map((round) => (
        <li key={round.path}>
          {round.mentorName || round.mentorId} · {round.verdict} ·{' '}
          {round.reviewedAt ? formatDayOf(round.reviewedAt) : 'undated'}
          {!round.ofLatest && <span className="muted small"> (of an earlier version)</span>}{' '}
          {isImported(round) ? (
            <span className="badge">imported</span>
          ) : (
            <button
              type="button"
              className="secondary"
              disabled={busy !== null}
              onClick={() => {
                setBusy(round.path);
                importRound(db, round, connection.publishedHashes)
                  .then((result) => notify(result.ok ? 'info' : 'error', result.message))
                  .catch((error: unknown) =>
                    notify('error', `The review was not imported: ${(error as Error).message}`),
                  )
                  .finally(() => setBusy(null));
              }}
            >
              Import the review from {round.mentorName || round.mentorId}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
