// Ids are permanent: every id ever published is in content/ids.lock.json and must stay resolvable.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allContentIds } from '../../shared/content/check-curriculum';
import type { Curriculum } from '../../shared/content/schema';

export const lockPath = (root: string) => join(root, 'ids.lock.json');

export function readLock(root: string): string[] {
  try {
    return JSON.parse(readFileSync(lockPath(root), 'utf8')) as string[];
  } catch {
    return [];
  }
}

/** Problems: locked ids that vanished without an idMap entry, and new ids not yet locked. */
export function checkLock(curriculum: Curriculum, locked: string[]): string[] {
  const current = new Set(allContentIds(curriculum));
  const mappedAway = new Set(curriculum.idMap.flatMap((entry) => entry.from));
  const lockedSet = new Set(locked);
  const problems: string[] = [];
  for (const id of locked) {
    if (!current.has(id) && !mappedAway.has(id)) {
      problems.push(`id "${id}" was published and is gone; add an idMap entry in curriculum.yaml`);
    }
  }
  const fresh = [...current].filter((id) => !lockedSet.has(id));
  if (fresh.length > 0) {
    problems.push(
      `${fresh.length} new id(s) are not in ids.lock.json (e.g. "${fresh[0]}"); run npm run content:lock`,
    );
  }
  return problems;
}

export function writeLock(root: string, curriculum: Curriculum, locked: string[]): number {
  const next = [...new Set([...locked, ...allContentIds(curriculum)])].sort();
  writeFileSync(lockPath(root), `${JSON.stringify(next, null, 1)}\n`);
  return next.length - locked.length;
}
