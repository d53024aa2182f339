// The scanner step of `npm test` must fail on an insecure window and accept a finding explained on its line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '..', '..', 'scripts', 'electronegativity.mjs');
const dirs: string[] = [];

function scan(source: string) {
  const dir = mkdtempSync(join(tmpdir(), 'shipready-eneg-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'main.js'), source);
  const { status, stdout } = spawnSync(process.execPath, [script, '--input', dir], { encoding: 'utf8' });
  return { status, stdout };
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('electronegativity step', () => {
  it('fails on a window with Node in the renderer and names the check', { timeout: 180_000 }, () => {
    const { status, stdout } = scan(
      "const { BrowserWindow } = require('electron');\n" +
        'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n',
    );
    expect(status).toBe(1);
    expect(stdout).toContain('NODE_INTEGRATION_JS_CHECK');
    expect(stdout).toContain('CONTEXT_ISOLATION_JS_CHECK');
  });

  it('accepts a finding explained on its own line, and only that one', { timeout: 180_000 }, () => {
    const { stdout } = scan(
      "const { shell } = require('electron');\n" +
        'shell.openExternal(checkedUrl); /* eng-disable OPEN_EXTERNAL_JS_CHECK */\n' +
        'shell.openExternal(otherUrl);\n',
    );
    expect(stdout).toContain('main.js:3:');
    expect(stdout).not.toContain('main.js:2:');
  });
});
