// The README's bench figures are generated from bench/results/latest.json, between two markers, and nothing
// else in the README changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { endMarker, figuresTable, replaceFigures, startMarker } from '../../scripts/bench-readme.mjs';

const root = join(import.meta.dirname, '..', '..');
const sample = JSON.parse(readFileSync(join(import.meta.dirname, 'bench-latest.sample.json'), 'utf8'));

describe('bench figures in the README', () => {
  it('renders one row per figure with its measurement, target and verdict', () => {
    expect(figuresTable(sample)).toBe(
      [
        'Measured 2026-12-01 on 2 cores, load 3.1 / 2.8 / 2.5 (Node v22.12.0), medians of 9 runs; ratios are to the floor measured in the same run.',
        '',
        '| figure | measured | target | |',
        '| --- | --- | --- | --- |',
        '| start to interactive | 260 ms, 1.25x the blank page (208 ms) | <= 1.3x the blank page | met |',
        '| log a metric | p95 58 ms (median 30 ms, 40 samples) | p95 <= 50 ms | **missed** |',
        '| Electron: window shown / first screen ready | not measured: no binary \\| offline | < 700 ms / < 1.5 s | not measured |',
      ].join('\n'),
    );
  });

  it('replaces only the section between the markers', () => {
    const readme = `# Title\n\nbefore\n${startMarker}\nold table\n${endMarker}\nafter\n`;
    expect(replaceFigures(readme, sample)).toBe(
      `# Title\n\nbefore\n${startMarker}\n${figuresTable(sample)}\n${endMarker}\nafter\n`,
    );
    expect(replaceFigures(replaceFigures(readme, sample), sample)).toBe(replaceFigures(readme, sample));
  });

  it('refuses a README without the markers instead of appending', () => {
    expect(() => replaceFigures('# Title\n', sample)).toThrow(/no .*bench-figures:start/);
  });

  it('finds both markers in the project README', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme.indexOf(startMarker)).toBeGreaterThan(0);
    expect(readme.indexOf(endMarker)).toBeGreaterThan(readme.indexOf(startMarker));
  });
});
