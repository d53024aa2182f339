// Version 4: a received mentor review names each comment's item and each score's project in fields of
// their own, so an id holding ":" is never cut in two. Shipped; never edit, add a new version instead.
// (Versions 2 and 3 are other steps of the ladder; Dexie allows gaps.)
import type { Transaction } from 'dexie';
import type { ReviewReceived } from '../../../../shared/domain/records';
import type { SchemaVersion } from './schema-version';

/** No index changes: the new fields live inside the review rows. */
export const v4Stores = {} as const;

/** A version 3 review row: `itemId: "<type>:<id>"` and `rubricItemId: "<projectId>:<rubricItemId>"`. */
interface OldReview extends Omit<ReviewReceived, 'comments' | 'scores'> {
  comments: { itemId: string; text: string; itemType?: string }[];
  scores: { rubricItemId: string; score: number; projectId?: string }[];
}

/** Splits each old key once: an item type never holds ":", a rubric item id is after the last ":". */
export function migrateReview(review: OldReview): ReviewReceived {
  return {
    ...review,
    comments: review.comments.map((comment) => {
      if (comment.itemType !== undefined) return comment as ReviewReceived['comments'][number];
      const colon = comment.itemId.indexOf(':');
      return colon < 0
        ? { itemType: 'project', itemId: comment.itemId, text: comment.text }
        : {
            itemType: comment.itemId.slice(0, colon),
            itemId: comment.itemId.slice(colon + 1),
            text: comment.text,
          };
    }),
    scores: review.scores.map((score) => {
      if (score.projectId !== undefined) return score as ReviewReceived['scores'][number];
      const colon = score.rubricItemId.lastIndexOf(':');
      return {
        projectId: colon < 0 ? '' : score.rubricItemId.slice(0, colon),
        rubricItemId: score.rubricItemId.slice(colon + 1),
        score: score.score,
      };
    }),
  };
}

async function upgrade(tx: Transaction): Promise<void> {
  await tx
    .table<OldReview>('reviews')
    .toCollection()
    .modify((review, ref) => {
      ref.value = migrateReview(review) as unknown as OldReview;
    });
}

export const v4StructuredReviewKeys: SchemaVersion = { version: 4, stores: v4Stores, upgrade };
