// Writes and lists backup files: atomic, named by time, reason and write sequence, so a listing needs no index.
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { backupsToKeep, newestFirst, nextSequence } from '../../shared/backups/retention';
import { type BackupInfo, maxFileChars } from '../../shared/ipc/contract';
import { describeSize } from '../../shared/text/describe-size';
import { writeFileAtomic } from './atomic-write';
import { DesktopError } from './desktop-error';
import { ensureFolder } from './ensure-folder';

/** `…-<stamp>-<reason>-<sequence>.json`; backups written before sequences existed have none. */
const backupName =
  /^shipready-backup-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z]+(?:-[a-z]+)*)(?:-(\d{1,15}))?\.json$/;

/**
 * The largest backup, counted in bytes on disk both when writing and when reading back, so a backup that
 * was written can always be restored.
 */
export const maxBackupBytes = maxFileChars;

function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function dateOfStamp(stamp: string): string {
  const [day, time] = stamp.split('T') as [string, string];
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return `${day}T${h}:${m}:${s}.${ms}Z`;
}

export async function writeBackup(
  dir: string,
  reason: string,
  content: string,
  now: Date = new Date(),
): Promise<BackupInfo> {
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes > maxBackupBytes) {
    throw new DesktopError(
      'too-large',
      `The backup was not written: it is ${describeSize(bytes)}, more than the ${describeSize(maxBackupBytes)} ` +
        'ShipReady can read back. Use "Download all my data" to keep a copy. Nothing was changed.',
    );
  }
  await ensureFolder(dir);
  const sequence = nextSequence(await listEntries(dir));
  const fileName = `shipready-backup-${stampOf(now)}-${reason}-${String(sequence).padStart(6, '0')}.json`;
  await writeFileAtomic(join(dir, fileName), content, 0o600);
  await pruneBackups(dir, fileName);
  return { fileName, reason, createdAt: now.toISOString(), bytes };
}

/**
 * Deletes what the retention rules no longer keep; only files that are our backups are touched, and never
 * `justWritten`.
 */
export async function pruneBackups(dir: string, justWritten?: string): Promise<string[]> {
  const backups = await listEntries(dir);
  const keep = backupsToKeep(backups, justWritten);
  const removed = backups.filter((b) => !keep.has(b.fileName)).map((b) => b.fileName);
  for (const fileName of removed) await rm(join(dir, fileName), { force: true });
  return removed;
}

/** Reads one backup back for a restore; only names that look like our backups are accepted. */
export async function readBackup(dir: string, fileName: string): Promise<string> {
  if (!backupName.test(fileName))
    throw new DesktopError('invalid-backup', `${fileName} is not a ShipReady backup name.`);
  const path = join(dir, fileName);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new DesktopError('not-found', `The backup ${fileName} is gone from the backups folder.`);
  }
  if (size > maxBackupBytes)
    throw new DesktopError(
      'too-large',
      `The backup ${fileName} is ${describeSize(size)}, more than the ${describeSize(maxBackupBytes)} ShipReady reads.`,
    );
  return readFile(path, 'utf8');
}

type BackupEntryInfo = BackupInfo & { sequence: number };

async function listEntries(dir: string): Promise<BackupEntryInfo[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const backups: BackupEntryInfo[] = [];
  for (const fileName of names) {
    const match = backupName.exec(fileName);
    if (!match?.[1] || !match[2]) continue;
    let size: number;
    try {
      size = (await stat(join(dir, fileName))).size;
    } catch {
      continue; // Pruned by another write in the meantime.
    }
    backups.push({
      fileName,
      reason: match[2],
      createdAt: dateOfStamp(match[1]),
      bytes: size,
      sequence: match[3] ? Number(match[3]) : 0,
    });
  }
  return newestFirst(backups);
}

/** Latest written first. Files that do not look like our backups are ignored, not reported as errors. */
export async function listBackups(dir: string): Promise<BackupInfo[]> {
  return (await listEntries(dir)).map(({ sequence: _sequence, ...info }) => info);
}
