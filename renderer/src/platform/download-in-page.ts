// Saves a file through the browser's own download, for when the browser edition's host cannot write it.
import type { SavedFile, SaveFileRequest } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/result';
import { ok } from '../../../shared/result';

/** Host refusals that mean its data folder cannot take the file, while the browser's downloads still may. */
const folderRefusals: Record<string, string> = {
  'read-only': 'the data folder is on a read-only disk',
  'disk-full': 'the disk holding the data folder is full',
  'quota-exceeded': 'the disk quota is used up',
  'permission-denied': 'ShipReady may not write to the data folder',
  'not-a-folder': 'a file stands where the exports folder should be',
  'disk-error': 'the disk reported an error',
};

export function downloadInPage(name: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; a minute is ample before letting go of the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The host's answer to a save, or, when its data folder refused the file (read-only, full, not allowed),
 * the same file handed to the browser's downloads: an export must still be possible then.
 */
export function saveOrDownload(request: SaveFileRequest, answer: Result<SavedFile>): Result<SavedFile> {
  if (answer.ok) return answer;
  const cause = folderRefusals[answer.error.code];
  if (!cause) return answer;
  downloadInPage(request.suggestedName, request.content);
  return ok({ saved: true, path: `your browser’s downloads as ${request.suggestedName} (${cause})` });
}
