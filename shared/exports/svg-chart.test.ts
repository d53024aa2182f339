import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { payloads, scanMarkup } from '../../tests/fixtures/exports/report-input';
import { barPairSvg, lineChartSvg, maxLinePoints, scoreBarsSvg, svgNumber } from './svg-chart';

const hostile = payloads.join('');

/** Nothing that could run or load: no script, no event attribute, no link, no external reference. */
function expectInert(svg: string) {
  const scan = scanMarkup(svg);
  expect(scan.ok ? 'ok' : scan.problem).toBe('ok');
  for (const tag of svg.match(/<[^>]*>/g) ?? []) {
    expect(tag).not.toMatch(/<script|\son\w+=|href=|src=|url\(|javascript:/i);
  }
  expect(svg.startsWith('<svg ')).toBe(true);
  expect(svg.endsWith('</svg>')).toBe(true);
}

const numbersInAttributes = (svg: string) =>
  [...svg.matchAll(/\s(?:x|y|x1|y1|x2|y2|cx|cy|width|height)="([^"]*)"/g)].map((match) => match[1] ?? '');

describe('svgNumber', () => {
  it('rounds to two decimals and turns NaN, Infinity and -0 into plain numbers', () => {
    expect(svgNumber(1.23456)).toBe('1.23');
    expect(svgNumber(-0.001)).toBe('0');
    expect(svgNumber(Number.NaN)).toBe('0');
    expect(svgNumber(Number.POSITIVE_INFINITY)).toBe('0');
    expect(svgNumber(42)).toBe('42');
  });
});

describe('lineChartSvg', () => {
  const options = { width: 480, height: 160, title: 'Recall@5 over time' };

  it('draws at most 120 points however long the series, keeping its ends and extremes', () => {
    const points = Array.from({ length: 10_000 }, (_, x) => ({ x, y: x === 4321 ? 50 : Math.sin(x / 50) }));
    const svg = lineChartSvg(points, { ...options, formatValue: (value) => value.toFixed(1) });
    const polyline = /points="([^"]*)"/.exec(svg)?.[1] ?? '';
    const drawn = polyline.split(' ');
    expect(drawn.length).toBeLessThanOrEqual(maxLinePoints);
    expect(drawn.length).toBeGreaterThan(10);
    expect(svg).not.toContain('<circle');
    expect(svg).toContain('>50.0<');
    expect(drawn.some((pair) => pair.endsWith(',10'))).toBe(true);
    expect(drawn[0]?.startsWith('64,')).toBe(true);
    expect(drawn[drawn.length - 1]?.startsWith('464,')).toBe(true);
    expectInert(svg);
  });

  it('marks each point when the series is short, and describes it for screen readers', () => {
    const svg = lineChartSvg(
      [
        { x: 0, y: 0.62 },
        { x: 1, y: 0.78 },
        { x: 2, y: 0.83 },
      ],
      { ...options, yLabel: 'Recall', xLabels: ['2026-04-01', '2026-04-15'] },
    );
    expect(svg.match(/<circle/g)).toHaveLength(3);
    expect(svg).toContain('<title>Recall@5 over time</title>');
    expect(svg).toContain('<desc>3 values, from 0.62 to 0.83; lowest 0.62, highest 0.83.</desc>');
    expect(svg).toContain('>2026-04-15<');
    expectInert(svg);
  });

  it('keeps every coordinate to two decimals', () => {
    const svg = lineChartSvg(
      Array.from({ length: 7 }, (_, x) => ({ x: x / 3, y: Math.PI * x })),
      { width: 333.333, height: 111.111, title: 't' },
    );
    for (const value of numbersInAttributes(svg)) expect(value).toMatch(/^-?\d+(\.\d{1,2})?$/);
    const polyline = /points="([^"]*)"/.exec(svg)?.[1] ?? '';
    for (const pair of polyline.split(' ')) expect(pair).toMatch(/^-?\d+(\.\d{1,2})?,-?\d+(\.\d{1,2})?$/);
  });

  it('leaves out points that are not numbers and copes with none, one, or all on the same day', () => {
    expect(lineChartSvg([], options)).toContain('No values yet');
    const one = lineChartSvg([{ x: 5, y: 3 }], options);
    expect(one.match(/<circle/g)).toHaveLength(1);
    const sameDay = lineChartSvg(
      [
        { x: 1, y: 2 },
        { x: 1, y: 4 },
        { x: Number.NaN, y: 1 },
        { x: 2, y: Number.POSITIVE_INFINITY },
      ],
      options,
    );
    expect(sameDay).toContain('<desc>2 values');
    expect(sameDay).not.toMatch(/NaN|Infinity/);
  });

  it('escapes its title, axis labels and values', () => {
    const svg = lineChartSvg(
      [
        { x: 0, y: 1 },
        { x: 1, y: 2 },
      ],
      {
        ...options,
        title: hostile,
        yLabel: hostile,
        xLabels: [hostile, hostile],
        formatValue: () => hostile,
      },
    );
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expectInert(svg);
  });
});

describe('barPairSvg', () => {
  it('draws each pair on its own scale and formats each value in its own unit', () => {
    const units = ['', ' ms'];
    const svg = barPairSvg(
      [
        { label: 'Recall@5', before: 0.5, after: 1 },
        { label: 'Latency p95', before: 1200, after: 600 },
      ],
      { width: 400, title: 'Run against baseline', formatValue: (value, index) => `${value}${units[index]}` },
    );
    const widths = [...svg.matchAll(/<rect x="140" y="[^"]*" width="([^"]*)"/g)].map((match) =>
      Number(match[1]),
    );
    expect(widths).toEqual([85, 170, 170, 85]);
    expect(svg).toContain('>600 ms<');
    expect(svg).toContain('<title>Latency p95: 1200 ms before, 600 ms after</title>');
    expectInert(svg);
  });

  it('escapes labels, legend and title, and shortens long labels with the full text in a <title>', () => {
    const label = `${hostile} a very long metric name`;
    const svg = barPairSvg([{ label, before: 1, after: 2 }], {
      width: 400,
      title: hostile,
      legend: [hostile, hostile],
    });
    expect(svg).toContain('…');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expectInert(svg);
  });
});

describe('scoreBarsSvg', () => {
  it('clamps scores to 0..100 and marks the threshold', () => {
    const svg = scoreBarsSvg(
      [
        { label: 'RAG', score: 150 },
        { label: 'Agents', score: -5 },
        { label: 'Evals', score: Number.NaN },
      ],
      { width: 500, title: 'Skills', threshold: 70 },
    );
    expect(svg).toContain('>100<');
    expect(svg.match(/>0</g)).toHaveLength(2);
    expect(svg).toContain('stroke-dasharray');
    expectInert(svg);
  });

  it('stays inert for any label, title or value text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ label: fc.string({ unit: 'binary' }), score: fc.double() }), { maxLength: 5 }),
        fc.oneof(fc.string(), fc.constantFrom(...payloads)),
        (bars, title) => {
          expectInert(scoreBarsSvg(bars, { width: 500, title, formatValue: () => title }));
          expectInert(
            barPairSvg(
              bars.map((bar) => ({ label: bar.label, before: bar.score, after: -bar.score })),
              { width: 500, title },
            ),
          );
        },
      ),
    );
  });
});
