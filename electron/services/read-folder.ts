// Reads a folder the person picked as `/`-separated paths and text, for an MLflow `mlruns/` import: model
// artifacts and MLflow's trash are skipped, and a folder beyond the size or file limit is refused whole.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { FolderFile, OpenedFolder } from '../../shared/ipc/contract';
import { maxFileChars } from '../../shared/ipc/limits';
import { describeSize } from '../../shared/text/describe-size';
import { DesktopError } from './desktop-error';

const skippedFolders = new Set(['artifacts', '.trash', 'node_modules', '.git']);
export const maxFolderFiles = 100_000;

export async function readFolder(path: string): Promise<OpenedFolder> {
  const name = basename(path);
  const files: FolderFile[] = [];
  let total = 0;
  const walk = async (dir: string, relative: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const inside = `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name)) await walk(join(dir, entry.name), inside);
        continue;
      }
      if (!entry.isFile()) continue;
      total += (await stat(join(dir, entry.name))).size;
      if (total > maxFileChars || files.length >= maxFolderFiles) {
        throw new DesktopError(
          'too-large',
          `The folder ${name} holds more than ${describeSize(maxFileChars)} or ${maxFolderFiles.toLocaleString('en-US')} files; ShipReady will not read it.`,
        );
      }
      files.push({ relativePath: inside, text: await readFile(join(dir, entry.name), 'utf8') });
    }
  };
  await walk(path, name);
  return { name, files };
}
