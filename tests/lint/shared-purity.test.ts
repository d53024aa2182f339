// Proves the lint rule that keeps shared/ pure fires, rather than trusting the configuration.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintProbe } from '../fixtures/lint-probe';

const root = join(import.meta.dirname, '..', '..');
const lint = lintProbe;

describe('shared/ purity lint rule', () => {
  it.each([
    ["import { app } from 'electron';", 'no electron'],
    ["import { readFile } from 'node:fs';", 'no node: modules'],
    ["import { useState } from 'react';", 'no React'],
    ["import Dexie from 'dexie';", 'no Dexie'],
    ["import { db } from '../renderer/src/db/database';", 'must not reach into renderer/'],
  ])('refuses %s in shared/', (line, message) => {
    const { failed, output } = lint('shared', `${line}\nexport const probe = 1;\n`);
    expect(failed).toBe(true);
    expect(output).toContain(message);
  });

  it('allows the same import outside shared/', () => {
    expect(
      lint('electron/services', "import { readFile } from 'node:fs';\nexport const probe = readFile;\n")
        .failed,
    ).toBe(false);
  });

  it('bans @electron/remote everywhere in the app', () => {
    expect(
      lint('renderer/src', "import remote from '@electron/remote';\nexport const probe = remote;\n").failed,
    ).toBe(true);
  });
});

describe('IPC rules', () => {
  it('uses invoke/handle only: no sendSync anywhere in the app', () => {
    const result = spawnSync(
      'git',
      ['grep', '-n', '-E', 'sendSync|@electron/remote', '--', 'electron', 'renderer', 'shared'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    // git grep exits 1 when nothing matches; this file's own mention is outside the searched folders.
    expect(result.stdout).toBe('');
  });
});
