import { describe, expect, it } from 'vitest';
import {
  hasGitConflictMarkers,
  isEngineTempFile,
  originalOfConflictCopy,
  splitGitConflict,
} from './conflicts';

describe('conflicts the sync engines leave', () => {
  it('finds the file a Syncthing conflict copy belongs to', () => {
    expect(
      originalOfConflictCopy('students/ana-1f2e3d/bundle.sync-conflict-20261201-101500-ABCDEFG.json'),
    ).toBe('students/ana-1f2e3d/bundle.json');
    expect(originalOfConflictCopy('students/ana-1f2e3d/bundle.json')).toBeNull();
    expect(originalOfConflictCopy('bundle.sync-conflict-2026-ABCDEFG.json')).toBeNull();
  });

  it('knows Syncthing’s and ShipReady’s temporary names', () => {
    expect(isEngineTempFile('students/a1/.syncthing.bundle.json.tmp')).toBe(true);
    expect(isEngineTempFile('students/a1/.syncthing.bundle.json.0a1b2c3d4e5f.tmp')).toBe(true);
    expect(isEngineTempFile('students/a1/~syncthing~bundle.json.tmp')).toBe(true);
    expect(isEngineTempFile('students/a1/bundle.json')).toBe(false);
  });

  it('splits a git conflict into both versions, lines outside it in each', () => {
    const text = [
      '{',
      '<<<<<<< HEAD',
      '  "a": 1,',
      '||||||| base',
      '  "a": 0,',
      '=======',
      '  "a": 2,',
      '>>>>>>> origin/main',
      '  "b": 3',
      '}',
      '',
    ].join('\n');
    expect(hasGitConflictMarkers(text)).toBe(true);
    expect(splitGitConflict(text)).toEqual({
      ours: '{\n  "a": 1,\n  "b": 3\n}\n',
      theirs: '{\n  "a": 2,\n  "b": 3\n}\n',
      oursLabel: 'HEAD',
      theirsLabel: 'origin/main',
    });
  });

  it('does not take text that merely mentions markers for a conflict, and refuses unbalanced ones', () => {
    expect(hasGitConflictMarkers('{"note": "<<<<<<< and ======= inside a string"}')).toBe(false);
    expect(splitGitConflict('<<<<<<< HEAD\nours\n=======\ntheirs\n')).toBeNull();
  });
});
