// Watches a cohort folder with chokidar and reports, debounced, that what an engine brought in changed.
import { watch } from 'chokidar';
import { isEngineTempFile } from '../../../shared/cohort/conflicts';

export type WatchFolder = (folder: string, onChange: () => void) => () => Promise<void>;

/** Ignores git's own folder and the temporary names engines write before renaming into place. */
export function isIgnoredByWatcher(path: string): boolean {
  const normalized = path.replaceAll('\\', '/');
  return (
    /(^|\/)\.git(\/|$)/.test(normalized) ||
    /(^|\/)\.stfolder(\/|$)/.test(normalized) ||
    isEngineTempFile(normalized)
  );
}

export const watchWithChokidar: WatchFolder = (folder, onChange) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watcher = watch(folder, { ignored: isIgnoredByWatcher, ignoreInitial: true, depth: 3 });
  // A pull or a Syncthing batch touches many files at once: one report for the lot.
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, 150);
  };
  watcher.on('all', changed);
  watcher.on('error', () => {}); // A folder that vanished is reported by the next read, in words.
  return async () => {
    clearTimeout(timer);
    await watcher.close();
  };
};
