// Conflicts the sync engines leave: Syncthing's conflict copies, git's conflict markers; and their temp names.

/** `name.sync-conflict-20261201-101500-ABCDEFG.json`: Syncthing's copy of the losing version. */
const syncthingConflict = /^(.*)\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}(\.[^./]+)?$/;

/** The file a Syncthing conflict copy belongs to, or null when the path is not one. */
export function originalOfConflictCopy(path: string): string | null {
  const match = syncthingConflict.exec(path);
  if (!match) return null;
  return `${match[1]}${match[2] ?? ''}`;
}

/** Names no reader should take for real content: Syncthing's and ShipReady's files being written. */
export function isEngineTempFile(path: string): boolean {
  const name = path.split('/').pop() ?? '';
  return /^\.syncthing\..*\.tmp$/.test(name) || /^~syncthing~.*\.tmp$/.test(name);
}

/** True when the text holds a git merge conflict (markers at the start of a line). */
export function hasGitConflictMarkers(text: string): boolean {
  // A plain search first: it is far cheaper than the line regexes over a 10 MB bundle.
  if (!text.includes('<<<<<<<')) return false;
  return /^<{7}( |$)/m.test(text) && /^={7}$/m.test(text) && /^>{7}( |$)/m.test(text);
}

export interface ConflictSides {
  ours: string;
  theirs: string;
  oursLabel: string;
  theirsLabel: string;
}

/**
 * Both versions of a file git left with conflict markers: lines outside a conflict belong to both, the
 * base section of a diff3 conflict to neither. Null when the markers are unbalanced.
 */
export function splitGitConflict(text: string): ConflictSides | null {
  const ours: string[] = [];
  const theirs: string[] = [];
  let state: 'both' | 'ours' | 'base' | 'theirs' = 'both';
  let oursLabel = '';
  let theirsLabel = '';
  const lines = text.split('\n');
  for (const line of lines) {
    if (/^<{7}( |$)/.test(line) && state === 'both') {
      state = 'ours';
      oursLabel ||= line.slice(8).trim();
    } else if (/^\|{7}( |$)/.test(line) && state === 'ours') state = 'base';
    else if (/^={7}$/.test(line) && (state === 'ours' || state === 'base')) state = 'theirs';
    else if (/^>{7}( |$)/.test(line) && state === 'theirs') {
      state = 'both';
      theirsLabel ||= line.slice(8).trim();
    } else if (state === 'both') {
      ours.push(line);
      theirs.push(line);
    } else if (state === 'ours') ours.push(line);
    else if (state === 'theirs') theirs.push(line);
  }
  if (state !== 'both') return null;
  return {
    ours: ours.join('\n'),
    theirs: theirs.join('\n'),
    oursLabel: oursLabel || 'this copy',
    theirsLabel: theirsLabel || 'the other copy',
  };
}
