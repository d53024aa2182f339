// Personas written from the seed articles (tests/fixtures/personas/hiring-expectations.md, written before scoring):
// what a hiring manager would accept, over the real curriculum.
import { describe, expect, it } from 'vitest';
import {
  absurdRuns,
  clicksToReady,
  demoBuilder,
  notebookOnly,
  productionEngineer,
  selfReportAlone,
} from '../../tests/fixtures/personas/hiring-personas';
import { foundationPlusRag, notebookBeginner, strongCandidate } from '../../tests/fixtures/personas/personas';
import { computeReadiness } from './compute-readiness';
import { round1 } from './numbers';

const lessonsMarked = (input: { progress: { status: string }[] }) =>
  input.progress.filter((entry) => entry.status === 'done' || entry.status === 'skipped').length;

describe('personas from the articles', () => {
  it('demo builder: every lesson done, six demos, milestones ticked, no numbers: at most 40 and never ready', () => {
    const readiness = computeReadiness(demoBuilder());
    expect(readiness.overall).toBeLessThanOrEqual(40);
    expect(readiness.readyToApply.ready).toBe(false);
    expect(readiness.readyToApply.missing?.id).toBe('qualifying-baseline');
    for (const skill of readiness.skills)
      expect(skill.flags.map((flag) => flag.id)).toContain('no-eval-numbers');
  });

  it('self-report alone (every lesson, self-check and milestone) stays at or under 25 overall', () => {
    const readiness = computeReadiness(selfReportAlone());
    expect(readiness.overall).toBeLessThanOrEqual(25);
    expect(readiness.study.share).toBe(1);
    for (const skill of readiness.skills) {
      expect(skill.tiers.shown + skill.tiers.measured + skill.tiers.verified).toBe(0);
    }
  });

  it('quiet production engineer: ready to apply with fewer than ten lessons, and above the demo builder', () => {
    const input = productionEngineer();
    expect(lessonsMarked(input)).toBeLessThan(10);
    const readiness = computeReadiness(input);
    expect(readiness.readyToApply.ready).toBe(true);
    expect(readiness.readyToApply.reason).toMatch(/^Ready to apply: RAG architecture has a qualifying run/);
    expect(readiness.overall).toBeGreaterThan(computeReadiness(demoBuilder()).overall);
    const rag = readiness.skills.find((skill) => skill.skillId === 'rag');
    expect(rag?.score).toBeGreaterThanOrEqual(70);
    expect(rag?.tiers.claimed).toBe(0);
  });

  it('absurd or context-free numbers gain nothing: every score and the verdict stay the same', () => {
    for (const base of [demoBuilder(), productionEngineer()]) {
      const absurd = absurdRuns(base);
      const before = computeReadiness(base);
      const after = computeReadiness({
        ...base,
        evalRuns: [...base.evalRuns, ...absurd.evalRuns],
        metrics: [...base.metrics, ...absurd.metrics],
      });
      expect(after.skills.map((skill) => [skill.skillId, skill.score])).toEqual(
        before.skills.map((skill) => [skill.skillId, skill.score]),
      );
      expect(after.overall).toBe(before.overall);
      expect(after.readyToApply.ready).toBe(before.readyToApply.ready);
    }
  });

  it('the under-100-clicks route (one empty project with every skill, a "repo" label, a run on one example) is not ready', () => {
    const readiness = computeReadiness(clicksToReady());
    expect(readiness.readyToApply.ready).toBe(false);
    expect(readiness.overall).toBeLessThanOrEqual(25);
  });

  it('a notebook on GitHub chosen as a repository is a notebook: the only-notebooks flag holds RAG down', () => {
    const readiness = computeReadiness(notebookOnly());
    const rag = readiness.skills.find((skill) => skill.skillId === 'rag');
    expect(rag?.flags.map((flag) => flag.id)).toContain('only-notebooks');
    expect(rag?.score).toBeLessThanOrEqual(60);
    expect(readiness.readyToApply.missing?.id).toBe('repository');
    expect(readiness.projectWarnings.map((warning) => warning.kind)).toContain('link-kind');
  });
});

describe('the older study-stage personas', () => {
  const beginner = computeReadiness(notebookBeginner());
  const ragReady = computeReadiness(foundationPlusRag());
  const strong = computeReadiness(strongCandidate());

  it('orders the overall scores: beginner < foundation plus RAG < strong candidate', () => {
    expect(beginner.overall).toBeLessThan(ragReady.overall);
    expect(ragReady.overall).toBeLessThan(strong.overall);
  });

  it('tells the beginner not to apply yet and the measured RAG builder to apply', () => {
    expect(beginner.readyToApply.ready).toBe(false);
    expect(ragReady.readyToApply.ready).toBe(true);
    expect(ragReady.readyToApply.reason).toContain('RAG architecture');
  });

  it('keeps every breakdown consistent: points in four tiers, the score the capped sum', () => {
    for (const readiness of [beginner, ragReady, strong]) {
      for (const skill of readiness.skills) {
        const sum = round1(skill.points.reduce((total, point) => total + point.points, 0));
        expect(skill.raw).toBe(Math.min(100, sum));
        expect(skill.score).toBe(Math.min(skill.raw, ...skill.flags.map((flag) => flag.cap)));
        const maxWithoutClaims = skill.points
          .filter((point) => point.tier !== 'claimed')
          .reduce((total, point) => total + point.max, 0);
        expect(maxWithoutClaims).toBe(100);
      }
    }
  });
});
