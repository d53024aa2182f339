// The bundles opened in the review space, by student: each student's bundles newest first, and the latest
// one per student that the cohort table compares when no cohort folder is connected.
import type { OpenedBundle } from '../../db/review-space';

/** When the student wrote the bundle; an older file without the date counts from when it was opened. */
export const bundleDate = (opened: OpenedBundle): string => opened.bundle.exportedAt ?? opened.openedAt;

const studentKey = (opened: OpenedBundle) => opened.owner.trim().toLocaleLowerCase();

export interface StudentBundles {
  owner: string;
  /** Newest export first. */
  bundles: OpenedBundle[];
}

/** Opened bundles grouped by student (the owner's name, ignoring case), each student's newest export first. */
export function bundlesByStudent(bundles: readonly OpenedBundle[]): StudentBundles[] {
  const groups = new Map<string, OpenedBundle[]>();
  for (const opened of bundles) {
    const group = groups.get(studentKey(opened));
    if (group) group.push(opened);
    else groups.set(studentKey(opened), [opened]);
  }
  return [...groups.values()]
    .map((group) => {
      const sorted = [...group].sort((a, b) => bundleDate(b).localeCompare(bundleDate(a)));
      return { owner: sorted[0]?.owner.trim() || 'Unnamed student', bundles: sorted };
    })
    .sort((a, b) => a.owner.localeCompare(b.owner));
}

/** Each student once, by their newest bundle: what the cohort compares. */
export function latestPerStudent(bundles: readonly OpenedBundle[]): OpenedBundle[] {
  return bundlesByStudent(bundles).flatMap((student) => student.bundles.slice(0, 1));
}
