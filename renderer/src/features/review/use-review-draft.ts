// The mentor's draft for one bundle: kept in local state so typing is instant, and saved to the review
// space on every change so nothing typed is lost; a failed save is shown, and the next change saves again.
import { useCallback, useRef, useState } from 'react';
import { describeDatabaseError } from '../../db/describe-error';
import { saveDraft, useStoredDraft } from '../../db/live-review-space';
import { emptyDraft, type ReviewDraft } from '../../db/review-space';
import { useAppStore } from '../../store/app-store';

export function useReviewDraft(bundleHash: string) {
  const stored = useStoredDraft(bundleHash);
  const notify = useAppStore((state) => state.notify);
  const [local, setLocal] = useState<ReviewDraft | null>(null);
  const draft = local ?? (stored === undefined ? undefined : (stored ?? emptyDraft(bundleHash)));
  const latest = useRef<ReviewDraft | undefined>(draft);
  latest.current = draft;
  const update = useCallback(
    (change: (current: ReviewDraft) => ReviewDraft) => {
      const next = {
        ...change(latest.current ?? emptyDraft(bundleHash)),
        bundleHash,
        updatedAt: new Date().toISOString(),
      };
      latest.current = next;
      setLocal(next);
      saveDraft(next).catch((error: unknown) => notify('error', describeDatabaseError(error)));
    },
    [bundleHash, notify],
  );
  return { draft, update };
}
