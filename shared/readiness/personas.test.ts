// The three personas over the real curriculum: ordering, readiness to apply, flags and breakdown consistency.
import { describe, expect, it } from 'vitest';
import { foundationPlusRag, notebookBeginner, strongCandidate } from '../../tests/fixtures/personas/personas';
import { computeReadiness } from './compute-readiness';
import { round1 } from './numbers';

const beginner = computeReadiness(notebookBeginner());
const ragReady = computeReadiness(foundationPlusRag());
const strong = computeReadiness(strongCandidate());

describe('personas over the real curriculum', () => {
  it('orders the overall scores: beginner < foundation plus RAG < strong candidate', () => {
    expect(beginner.overall).toBeLessThan(ragReady.overall);
    expect(ragReady.overall).toBeLessThan(strong.overall);
  });

  it('tells the beginner not to apply yet, the RAG builder to apply, and shows the strong candidate ready everywhere', () => {
    expect(beginner.readyToApply.ready).toBe(false);
    expect(ragReady.readyToApply.ready).toBe(true);
    expect(ragReady.readyToApply.reason).toContain('RAG architecture');
    expect(strong.layers.every((layer) => layer.ready)).toBe(true);
    expect(strong.readyToApply.ready).toBe(true);
  });

  it("shows the beginner's red flags and names evaluation numbers as missing", () => {
    const flagIds = new Set(beginner.skills.flatMap((skill) => skill.flags.map((flag) => flag.id)));
    expect(flagIds).toContain('not-built');
    expect(flagIds).toContain('no-eval-numbers');
    const notBuilt = beginner.skills.find((skill) => skill.flags.some((flag) => flag.id === 'not-built'));
    expect(notBuilt?.flags[0]?.message).toMatch(/^Learned but never built: .+ has no project$/);
    const gaps = beginner.skills.flatMap((skill) => skill.gaps.map((gap) => gap.missing));
    expect(gaps).toContain('No evaluation numbers on any project tagged with RAG architecture');
    expect(beginner.projectWarnings.map((warning) => warning.kind)).toEqual([
      'no-eval-numbers',
      'no-repository',
    ]);
    expect(beginner.nextActions).toHaveLength(3);
  });

  it('keeps every breakdown consistent: the score is the sum of its points held by its caps', () => {
    for (const readiness of [beginner, ragReady, strong]) {
      for (const skill of readiness.skills) {
        const sum = round1(skill.points.reduce((total, point) => total + point.points, 0));
        expect(skill.raw).toBe(sum);
        expect(skill.score).toBe(Math.min(sum, ...skill.flags.map((flag) => flag.cap)));
        expect(skill.points.reduce((total, point) => total + point.max, 0)).toBe(100);
        for (const point of skill.points) expect(point.points).toBeLessThanOrEqual(point.max);
      }
    }
  });

  it('keeps the RAG builder gated: infrastructure cannot read ready while it trails the foundation', () => {
    const [foundation, infrastructure, advanced] = ragReady.layers;
    expect(foundation?.ready).toBe(true);
    expect(infrastructure?.ready).toBe(false);
    expect(advanced?.score).toBeLessThanOrEqual((infrastructure?.score ?? 0) + 20);
  });
});
