// The shape of a merge plan: what a bundle import would add, update, remove and keep, and why.
import type { BundleRows, BundleTable } from '../domain/tables';

export type Side = 'existing' | 'incoming';

export interface MergeCounts {
  /** Rows only the incoming side has. */
  add: number;
  /** Rows on both sides where the incoming version is written over the local one. */
  update: number;
  /** Local rows the merge deletes; each is listed in `removals`. */
  remove: number;
  /** Incoming rows not written: identical to the existing row, or the local side won. */
  keep: number;
}

export interface MergeConflict {
  /** Identifies the conflict for a choice: table and key. */
  key: string;
  table: BundleTable;
  /** The row's key: `id`, or `itemId` for progress and notes. */
  id: string;
  /** What to show for the row: a project's title, a run's label, a curriculum item id, a metric's name. */
  label: string;
  /** The side that will be kept: the person's choice, or else the most recently modified. */
  winner: Side;
  /** True when the person chose the winner; false when the time decided. */
  chosen: boolean;
  existingUpdatedAt: string | null;
  incomingUpdatedAt: string | null;
  /** Both versions, so the preview can show what differs. */
  existing: Record<string, unknown>;
  incoming: Record<string, unknown>;
}

/** A local row the merge deletes, with the reason. */
export interface MergeRemoval {
  table: BundleTable;
  id: string;
  label: string;
  reason: string;
}

/** A row from the file whose key already names a local row of another parent: it gets a new key. */
export interface MergeRekey {
  table: BundleTable;
  from: string;
  to: string;
  label: string;
}

/** A time in the file later than the file's export or than now: stored as that limit instead. */
export interface MergeClamp {
  table: BundleTable;
  id: string;
  label: string;
  field: string;
  was: string;
  now: string;
}

/** A row from the file not imported at all, with the reason. */
export interface MergeLeftOut {
  table: BundleTable;
  id: string;
  reason: string;
}

export interface MergeOptions {
  /** The current time (ISO); no time from the file may be later. */
  now: string;
  /** When the file was exported, if it says; no time in it may be later either. */
  exportedAt?: string | undefined;
  /** The person's choice per conflict key; a conflict without one goes to the newer side. */
  choices?: ReadonlyMap<string, Side> | undefined;
  /** Curriculum item ids this app knows; rows for other items are left out. */
  knownItemIds?: ReadonlySet<string> | undefined;
}

export interface MergePlan {
  counts: Record<BundleTable, MergeCounts>;
  /** Rows on both sides whose content differs, in table order then by key. */
  conflicts: MergeConflict[];
  removals: MergeRemoval[];
  rekeyed: MergeRekey[];
  clamped: MergeClamp[];
  leftOut: MergeLeftOut[];
  /** Keys of local rows to delete, per table (the same rows as `removals`). */
  remove: Record<BundleTable, string[]>;
  add: BundleRows;
  update: BundleRows;
}
