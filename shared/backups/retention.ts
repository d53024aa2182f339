// Which backups to keep: automatic daily ones thin out to 7 daily and 4 weekly (like Anki); backups
// taken before an import, restore or migration, or by hand, keep their newest 20 per reason.

export interface BackupEntry {
  fileName: string;
  reason: string;
  createdAt: string;
}

export const retention = { daily: 7, weekly: 4, perOtherReason: 20 } as const;

/** Monday (UTC) of the week holding `iso`, as YYYY-MM-DD. */
function weekOf(iso: string): string {
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/** The file names to keep; everything else may be deleted. The newest backup is always kept. */
export function backupsToKeep(backups: BackupEntry[]): Set<string> {
  const newestFirst = [...backups].sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName),
  );
  const keep = new Set<string>();
  const daily = newestFirst.filter((b) => b.reason === 'daily');
  const days = new Set<string>();
  const weeks = new Set<string>();
  for (const backup of daily) {
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
  for (const backup of newestFirst.filter((b) => b.reason !== 'daily')) {
    const seen = perReason.get(backup.reason) ?? 0;
    if (seen < retention.perOtherReason) keep.add(backup.fileName);
    perReason.set(backup.reason, seen + 1);
  }
  const newest = newestFirst[0];
  if (newest) keep.add(newest.fileName);
  return keep;
}
