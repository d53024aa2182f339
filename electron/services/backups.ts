// Writes and lists backup files: atomic, named by time and reason so a listing needs no index.
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { backupsToKeep } from '../../shared/backups/retention';
import { type BackupInfo, maxFileChars } from '../../shared/ipc/contract';
import { writeFileAtomic } from './atomic-write';
import { DesktopError } from './desktop-error';

const backupName = /^shipready-backup-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z-]+)\.json$/;

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
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const fileName = `shipready-backup-${stampOf(now)}-${reason}.json`;
  await writeFileAtomic(join(dir, fileName), content, 0o600);
  await pruneBackups(dir);
  return { fileName, reason, createdAt: now.toISOString(), bytes: Buffer.byteLength(content, 'utf8') };
}

/** Deletes what the retention rules no longer keep; only files that are our backups are touched. */
export async function pruneBackups(dir: string): Promise<string[]> {
  const backups = await listBackups(dir);
  const keep = backupsToKeep(backups);
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
  if (size > maxFileChars)
    throw new DesktopError('too-large', `The backup ${fileName} is larger than 64 MB.`);
  return readFile(path, 'utf8');
}

/** Newest first. Files that do not look like our backups are ignored, not reported as errors. */
export async function listBackups(dir: string): Promise<BackupInfo[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const backups: BackupInfo[] = [];
  for (const fileName of names) {
    const match = backupName.exec(fileName);
    if (!match?.[1] || !match[2]) continue;
    const info = await stat(join(dir, fileName));
    backups.push({ fileName, reason: match[2], createdAt: dateOfStamp(match[1]), bytes: info.size });
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
