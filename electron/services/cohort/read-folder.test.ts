import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CohortFileCache, readCohortFiles } from './read-folder';

function folderWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'shipready-read-folder-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const textOf = (files: { path: string; text: string }[], path: string) =>
  files.find((file) => file.path === path)?.text;

describe('reading the cohort folder again', () => {
  it('reuses a file unchanged on disk and reads one replaced, edited in place or gone', async () => {
    const root = folderWith({
      'cohort.json': '{"a":1}',
      'students/ana/bundle.json': '{"v":"one"}',
      'students/bo/bundle.json': '{"v":"bo"}',
    });
    const cache: CohortFileCache = new Map();
    const first = await readCohortFiles(root, cache);
    const again = await readCohortFiles(root, cache);
    // Unchanged: the very objects read before, not read again.
    for (const file of first) expect(again.find((other) => other.path === file.path)).toBe(file);

    // Replaced by a rename, as git, Syncthing and the app write: same size, new content.
    writeFileSync(join(root, 'students', 'ana', '.tmp'), '{"v":"two"}');
    renameSync(join(root, 'students', 'ana', '.tmp'), join(root, 'students', 'ana', 'bundle.json'));
    // Edited in place, same length.
    writeFileSync(join(root, 'cohort.json'), '{"a":2}');
    rmSync(join(root, 'students', 'bo'), { recursive: true });
    const third = await readCohortFiles(root, cache);
    expect(textOf(third, 'students/ana/bundle.json')).toBe('{"v":"two"}');
    expect(textOf(third, 'cohort.json')).toBe('{"a":2}');
    expect(textOf(third, 'students/bo/bundle.json')).toBeUndefined();
    expect([...cache.keys()].sort()).toEqual(['cohort.json', 'students/ana/bundle.json']);
  });
});
