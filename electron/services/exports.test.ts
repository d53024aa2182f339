import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveExport } from './exports';

describe('saveExport', () => {
  it('never overwrites an earlier export', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'shipready-exports-')), 'exports');
    const first = await saveExport(dir, 'portfolio.json', 'one');
    const second = await saveExport(dir, 'portfolio.json', 'two');
    expect(first).toBe(join(dir, 'portfolio.json'));
    expect(second).toBe(join(dir, 'portfolio (2).json'));
    expect(await readFile(first, 'utf8')).toBe('one');
    expect(await readFile(second, 'utf8')).toBe('two');
    expect((await readdir(dir)).sort()).toEqual(['portfolio (2).json', 'portfolio.json']);
  });
});
