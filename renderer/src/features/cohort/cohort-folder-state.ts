// What the page knows of the cohort folder (connection, index, git state), read from the host once and
// again whenever the host's watcher sees the folder change; shared by every cohort component.
import { useSyncExternalStore } from 'react';
import type { CohortConnection } from '../../../../shared/cohort/connection';
import type { GitState } from '../../../../shared/cohort/git-status';
import type { CohortFolderIndex } from '../../../../shared/ipc/cohort-contract';
import { desktopApi } from '../../platform/desktop-api';

export interface CohortFolderState {
  loaded: boolean;
  connection: CohortConnection | null;
  index: CohortFolderIndex | null;
  git: GitState | null;
  /** The last read's failure, as a sentence; null when it read. */
  problem: string | null;
  /** This copy's desktop side has no cohort calls (an older preload); the card says so and stops asking. */
  unavailable: boolean;
}

let state: CohortFolderState = {
  loaded: false,
  connection: null,
  index: null,
  git: null,
  problem: null,
  unavailable: false,
};
const listeners = new Set<() => void>();
let watching = false;

function set(next: Partial<CohortFolderState>) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

/** Reads the connection, the folder index and the git state again. */
export async function reloadCohortFolder(fetchRemote = false): Promise<void> {
  try {
    await readAll(fetchRemote);
  } catch {
    set({ loaded: true, unavailable: true });
  }
}

/** Reads are numbered as they start; an answer older than the one shown is dropped (reads overlap). */
let readsStarted = 0;
let readShown = 0;
/** Reads up to this number began before a call answered with a newer connection than theirs. */
let connectionSetAfter = 0;

async function readAll(fetchRemote: boolean) {
  const read = ++readsStarted;
  const api = desktopApi();
  const connection = await api.cohortConnection();
  const show = (next: Partial<CohortFolderState>) => {
    if (read <= readShown) return;
    readShown = read;
    set(read <= connectionSetAfter ? { ...next, connection: state.connection } : next);
  };
  if (!connection.ok) return show({ loaded: true, problem: connection.error.message });
  if (!connection.value)
    return show({ loaded: true, connection: null, index: null, git: null, problem: null });
  const [index, git] = await Promise.all([api.readCohortIndex(), api.cohortGitState(fetchRemote)]);
  // A read that fails (a file git was replacing as it read) keeps what the last one showed, with the problem
  // said: the lists, and what the person is typing into them, stay put until the next read.
  const sameFolder = state.connection?.folder === connection.value.folder;
  show({
    loaded: true,
    connection: connection.value,
    index: index.ok ? index.value : sameFolder ? state.index : null,
    git: git.ok ? git.value : sameFolder ? state.git : null,
    problem: index.ok ? (git.ok ? null : git.error.message) : index.error.message,
  });
}

/** Long-polls the host's watcher for as long as the page is open; each change reads the folder again. */
async function watchForChanges() {
  let since = state.index?.version ?? 0;
  while (!state.unavailable) {
    const answer = await desktopApi()
      .waitCohortChange(since)
      .catch(() => null);
    if (answer === null) return set({ unavailable: true });
    if (!answer.ok) {
      // The host restarted or is gone: try again later rather than spinning.
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      continue;
    }
    if (answer.value !== since) {
      since = answer.value;
      await reloadCohortFolder();
    }
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!watching) {
    watching = true;
    reloadCohortFolder().then(watchForChanges, watchForChanges);
  }
  return () => listeners.delete(listener);
}

export function useCohortFolder(): CohortFolderState {
  return useSyncExternalStore(subscribe, () => state);
}

/** Replaces the connection the page holds after a call that answered with it (newer than any read in flight). */
export function setCohortConnection(connection: CohortConnection | null) {
  connectionSetAfter = readsStarted;
  set({ connection });
}
