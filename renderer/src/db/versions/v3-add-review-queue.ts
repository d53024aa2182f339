// Version 3: the review queue's card states and its append-only review log. Shipped; never edit, add a
// new version instead. (Version 2, link kinds, is another step of the ladder; Dexie allows the gap.)
import type { SchemaVersion } from './schema-version';

export const v3Stores = {
  reviewCards: 'id, due',
  reviewLog: 'id, cardId, at',
} as const;

export const v3AddReviewQueue: SchemaVersion = { version: 3, stores: v3Stores };
