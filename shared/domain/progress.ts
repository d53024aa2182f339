// Where a person stands on each curriculum item, plus their notes and personal resources.

export const progressStatuses = ['pending', 'in-progress', 'done', 'skipped'] as const;
export type ProgressStatus = (typeof progressStatuses)[number];

export const skipReasons = ['already-known', 'outside-evidence', 'not-relevant'] as const;
export type SkipReason = (typeof skipReasons)[number];

export interface ProgressEntry {
  /** The curriculum item's permanent content id. */
  itemId: string;
  status: ProgressStatus;
  skipReason?: SkipReason;
  /** Free text for outside evidence, e.g. a certificate name. */
  skipNote?: string;
  updatedAt: string;
}

export interface Note {
  itemId: string;
  text: string;
  updatedAt: string;
}

export interface PersonalResource {
  id: string;
  itemId: string;
  title: string;
  url?: string;
  note?: string;
  createdAt: string;
}
