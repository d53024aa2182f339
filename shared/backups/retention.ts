// Which backups to keep: automatic daily ones thin out to 7 daily and 4 weekly (like Anki); backups
// taken before an import, restore or migration, or by hand, keep their newest 20 per reason.
// "Newest" is the order the backups were written in, not their clock time: a clock set back must not
// make a fresh backup look old enough to delete.

export interface BackupEntry {
  fileName: string;
  reason: string;
  createdAt: string;
  /** Position in the order of writing, higher is later; 0 for backups from before it was recorded. */
  sequence: number;
}

export const retention = { daily: 7, weekly: 4, perOtherReason: 20 } as const;

/** Monday (UTC) of the week holding `iso`, as YYYY-MM-DD. */
function weekOf(iso: string): string {
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/** Latest written first; among backups without a sequence, the clock decides. */
export function newestFirst<T extends BackupEntry>(backups: readonly T[]): T[] {
  return [...backups].sort(
    (a, b) =>
      b.sequence - a.sequence ||
      b.createdAt.localeCompare(a.createdAt) ||
      b.fileName.localeCompare(a.fileName),
  );
}

/** The sequence number for the next backup written beside these. */
export function nextSequence(backups: readonly BackupEntry[]): number {
  return backups.reduce((highest, backup) => Math.max(highest, backup.sequence), 0) + 1;
}

/**
 * The file names to keep; everything else may be deleted. The latest written backup is always kept, and
 * so is `justWritten`: a backup is never deleted by the write that made it.
 */
export function backupsToKeep(backups: readonly BackupEntry[], justWritten?: string): Set<string> {
  const ordered = newestFirst(backups);
  const keep = new Set<string>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  for (const backup of ordered.filter((b) => b.reason === 'daily')) {
    const day = backup.createdAt.slice(0, 10);
    if (days.size < retention.daily && !days.has(day)) {
      days.add(day);
      keep.add(backup.fileName);
    } else if (!days.has(day)) {
      const week = weekOf(backup.createdAt);
      if (weeks.size < retention.weekly && !weeks.has(week)) {
        weeks.add(week);
        keep.add(backup.fileName);
      }
    }
  }
  const perReason = new Map<string, number>();
  for (const backup of ordered.filter((b) => b.reason !== 'daily')) {
    const seen = perReason.get(backup.reason) ?? 0;
    if (seen < retention.perOtherReason) keep.add(backup.fileName);
    perReason.set(backup.reason, seen + 1);
  }
  const latest = ordered[0];
  if (latest) keep.add(latest.fileName);
  if (justWritten !== undefined) keep.add(justWritten);
  return keep;
}
