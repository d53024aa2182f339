// Progress that tells the truth: every count has its denominator, and skipped items are their own count.
import type { ProgressStatus } from '../domain/progress';
import type { RoadmapItem } from './items';

export interface ProgressCount {
  total: number;
  done: number;
  skipped: number;
  inProgress: number;
  /** Done plus skipped: what counts toward 100%. */
  complete: number;
  /** 0 to 100, rounded down so 100 means truly everything. */
  percent: number;
}

export type StatusLookup = (itemId: string) => ProgressStatus;

export function countProgress(items: RoadmapItem[], statusOf: StatusLookup): ProgressCount {
  let done = 0;
  let skipped = 0;
  let inProgress = 0;
  for (const item of items) {
    const status = statusOf(item.id);
    if (status === 'done') done += 1;
    else if (status === 'skipped') skipped += 1;
    else if (status === 'in-progress') inProgress += 1;
  }
  const complete = done + skipped;
  const percent = items.length === 0 ? 0 : Math.floor((complete / items.length) * 100);
  return { total: items.length, done, skipped, inProgress, complete, percent };
}

export function groupProgress<K extends string>(
  items: RoadmapItem[],
  keyOf: (item: RoadmapItem) => K,
  statusOf: StatusLookup,
): Map<K, ProgressCount> {
  const groups = new Map<K, RoadmapItem[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return new Map([...groups].map(([key, group]) => [key, countProgress(group, statusOf)]));
}

/** "62% · 41 of 66 complete (38 done, 3 skipped)" */
export function describeProgress(count: ProgressCount): string {
  const skipped = count.skipped > 0 ? `, ${count.skipped} skipped` : '';
  return `${count.percent}% · ${count.complete} of ${count.total} complete (${count.done} done${skipped})`;
}
