// Turns what the person picked or dropped (files, a folder, several of each) into the importer's inputs:
// a folder holding MLflow's meta.yaml files is one input; the files of any other folder are read one by one.
import type { EvalInput } from '../../../../../shared/eval-import/import-eval';
import type { FolderEntry } from '../../../../../shared/eval-import/mlflow-folder';

/** A file with the path it had inside the picked or dropped folder (`mlruns/1/<run>/meta.yaml`), if any. */
export interface PickedFile {
  path: string;
  file: File;
}

/** A folder's model files and artifacts are not read: the importer needs only runs, metrics, params and tags. */
const skipped = /(^|\/)(artifacts|\.trash)\//;

/** Most files one import reads from a folder; an mlruns folder of 1,000 runs holds about 20,000. */
export const maxFolderFiles = 100_000;

async function entryOf(picked: PickedFile): Promise<FolderEntry> {
  return { relativePath: picked.path, bytes: new Uint8Array(await picked.file.arrayBuffer()) };
}

async function fileInput(picked: PickedFile): Promise<EvalInput> {
  return { kind: 'file', name: picked.path, bytes: new Uint8Array(await picked.file.arrayBuffer()) };
}

/** Groups picked files by their top folder; loose files stay files. */
export async function inputsFromPicked(picked: PickedFile[]): Promise<EvalInput[]> {
  const loose: PickedFile[] = [];
  const folders = new Map<string, PickedFile[]>();
  for (const one of picked) {
    const slash = one.path.indexOf('/');
    if (slash < 0) loose.push(one);
    else {
      const top = one.path.slice(0, slash);
      folders.set(top, [...(folders.get(top) ?? []), one]);
    }
  }
  const inputs: EvalInput[] = [];
  for (const one of loose) inputs.push(await fileInput(one));
  for (const [name, files] of folders) {
    const kept = files.filter((one) => !skipped.test(one.path)).slice(0, maxFolderFiles);
    if (kept.some((one) => one.path.endsWith('/meta.yaml'))) {
      inputs.push({ kind: 'folder', name, entries: await Promise.all(kept.map(entryOf)) });
    } else {
      for (const one of kept) inputs.push(await fileInput(one));
    }
  }
  return inputs;
}

/** The files of an `<input type="file">`, with their folder paths when it had `webkitdirectory`. */
export function pickedFromList(files: FileList | File[]): PickedFile[] {
  return [...files].map((file) => ({ file, path: file.webkitRelativePath || file.name }));
}

function readDirectory(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walk(entry: FileSystemEntry, into: PickedFile[]): Promise<void> {
  if (into.length >= maxFolderFiles) return;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    into.push({ file, path: entry.fullPath.replace(/^\/+/, '') });
    return;
  }
  if (!entry.isDirectory || skipped.test(`${entry.fullPath.replace(/^\/+/, '')}/`)) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries answers in batches until it answers with none.
  for (let batch = await readDirectory(reader); batch.length > 0; batch = await readDirectory(reader)) {
    for (const child of batch) await walk(child, into);
  }
}

/** The files and folders of a drop, folders walked with their paths. */
export async function pickedFromDrop(data: DataTransfer): Promise<PickedFile[]> {
  const entries = [...data.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.some((entry) => entry === null)) return pickedFromList(data.files);
  const picked: PickedFile[] = [];
  for (const entry of entries) if (entry) await walk(entry, picked);
  return picked;
}

/** A folder the desktop side read (Electron's dialog, or the page's own folder input), as importer inputs. */
export function inputsFromFolder(folder: {
  name: string;
  files: { relativePath: string; text: string }[];
}): EvalInput[] {
  const files = folder.files.filter((file) => !skipped.test(file.relativePath));
  if (files.some((file) => file.relativePath.endsWith('/meta.yaml')))
    return [
      {
        kind: 'folder',
        name: folder.name,
        entries: files.map((file) => ({ relativePath: file.relativePath, text: file.text })),
      },
    ];
  const encoder = new TextEncoder();
  return files.map((file) => ({ kind: 'file', name: file.relativePath, bytes: encoder.encode(file.text) }));
}
