// The mentor's draft for one bundle: kept in local state so typing is instant, and saved to the review
// space on every change so nothing typed is lost.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useRef, useState } from 'react';
import { emptyDraft, type ReviewDraft, reviewSpace } from '../../db/review-space';

export function useReviewDraft(bundleHash: string) {
  const stored = useLiveQuery(async () => (await reviewSpace().drafts.get(bundleHash)) ?? null, [bundleHash]);
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
      void reviewSpace().drafts.put(next);
    },
    [bundleHash],
  );
  return { draft, update };
}
