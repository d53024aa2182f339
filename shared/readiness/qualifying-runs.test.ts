// Each rule of a qualifying run, and of a comparable baseline, flips the answer on its own.
import { describe, expect, it } from 'vitest';
import { minimalReady } from '../../tests/fixtures/personas/hiring-personas';
import { fullContext, metric, project, run } from '../../tests/fixtures/personas/rows';
import type { EvalRun, Metric } from '../domain/eval-runs';
import { computeReadiness } from './compute-readiness';
import { evidenceRules } from './evidence-rules';
import { aggregatePortfolio } from './project-aggregates';
import { checkQualifyingRun, compareWithBaseline, qualifyingSeries } from './qualifying-runs';
import { measuredFacts } from './skill-uses';

const rag = evidenceRules.skills.rag;
const fineTuning = evidenceRules.skills['fine-tuning'];
if (!rag || !fineTuning) throw new Error('the shipped rules name rag and fine-tuning');

const recall = (id: string, runId: string, value: number, k = 5): Metric => ({
  ...metric(id, runId, 'p1', 'recall_at_k', value),
  k,
});
const good = run('r1', 'p1', { context: fullContext('support', 50), ranOn: '2026-04-02' });
const goodMetrics = [recall('m1', 'r1', 0.8)];

describe('checkQualifyingRun', () => {
  it('qualifies a relevant catalog metric on the minimum dataset with full context', () => {
    expect(checkQualifyingRun(good, goodMetrics, rag, evidenceRules)).toEqual({
      qualifies: true,
      series: goodMetrics,
      problems: [],
    });
  });

  it('needs a metric relevant to the skill', () => {
    const latency = [metric('m1', 'r1', 'p1', 'ttft_ms', 300)];
    expect(checkQualifyingRun(good, latency, rag, evidenceRules).problems).toEqual(['no relevant metric']);
  });

  it('needs a plausible value', () => {
    expect(checkQualifyingRun(good, [recall('m1', 'r1', 1.5)], rag, evidenceRules).problems).toEqual([
      'no plausible value',
    ]);
  });

  it('needs the skill’s minimum dataset size', () => {
    const small = { ...good, context: fullContext('support', 49) };
    expect(checkQualifyingRun(small, goodMetrics, rag, evidenceRules).problems).toEqual([
      'fewer than 50 examples',
    ]);
  });

  it.each([
    ['model', 'model'],
    ['datasetName', 'dataset name'],
    ['datasetSplit', 'split'],
    ['commitOrUrl', 'commit or URL'],
  ] as const)('needs the %s in the context', (field, words) => {
    const context = { ...fullContext('support', 50), [field]: ' ' };
    const result = checkQualifyingRun({ ...good, context }, goodMetrics, rag, evidenceRules);
    expect(result.qualifies).toBe(false);
    expect(result.problems).toEqual([`no ${words}`]);
  });
});

describe('compareWithBaseline', () => {
  const baseline = run('r0', 'p1', { context: fullContext('support', 50), ranOn: '2026-04-01' });
  const baselineMetrics = [recall('b1', 'r0', 0.6)];
  const verdict = (base: EvalRun | undefined, values = baselineMetrics, rule = rag, current = good) =>
    compareWithBaseline(
      current,
      qualifyingSeries(current, goodMetrics, rule, evidenceRules) ?? goodMetrics,
      base,
      values,
      rule,
    );

  it('is comparable on the same project, dataset and series, dated no later', () => {
    expect(verdict(baseline)).toBe('comparable');
    expect(verdict(undefined)).toBe('none');
  });

  it('is not comparable on another project', () => {
    expect(verdict({ ...baseline, projectId: 'p2' })).toBe('not-comparable');
  });

  it('is not comparable on another dataset name or size', () => {
    expect(verdict({ ...baseline, context: fullContext('other', 50) })).toBe('not-comparable');
    expect(verdict({ ...baseline, context: fullContext('support', 60) })).toBe('not-comparable');
  });

  it('is not comparable without a shared series (key and k)', () => {
    expect(verdict(baseline, [recall('b1', 'r0', 0.6, 10)])).toBe('not-comparable');
  });

  it('is not comparable when dated after the run', () => {
    expect(verdict({ ...baseline, ranOn: '2026-04-03' })).toBe('not-comparable');
  });

  it('is not comparable when it is the run itself or a copy of it', () => {
    expect(verdict(good)).toBe('not-comparable');
    expect(verdict(baseline, [recall('b1', 'r0', 0.8)])).toBe('not-comparable');
  });

  it('needs another model for fine-tuning', () => {
    const tuned = { ...good, context: fullContext('support', 100, 'tuned') };
    const accuracy = [metric('m1', 'r1', 'p1', 'accuracy', 0.9)];
    const base = (model: string) => ({ ...baseline, context: fullContext('support', 100, model) });
    const compare = (model: string) =>
      compareWithBaseline(
        tuned,
        accuracy,
        base(model),
        [metric('b1', 'r0', 'p1', 'accuracy', 0.7)],
        fineTuning,
      );
    expect(compare('base')).toBe('comparable');
    expect(compare('tuned')).toBe('not-comparable');
  });

  it('is worse when the run loses on every shared series', () => {
    expect(verdict(baseline, [recall('b1', 'r0', 0.9)])).toBe('worse');
  });
});

describe('measuredFacts', () => {
  const projects = [project('p1', { skills: ['rag'] })];
  const facts = (evalRuns: EvalRun[], metrics: Metric[]) => {
    const portfolio = aggregatePortfolio({
      ...minimalReady(),
      projects,
      evalRuns,
      metrics,
      milestones: [],
    });
    const evidence = portfolio.projects[0];
    if (!evidence) throw new Error('no project');
    return measuredFacts(evidence, rag, evidenceRules);
  };

  it('counts copies of one run once', () => {
    const copy = { ...good, id: 'r2' };
    const other = { ...good, id: 'r3', context: { ...good.context, commitOrUrl: 'f00d' } };
    const result = facts(
      [good, copy, other],
      [recall('m1', 'r1', 0.8), recall('m2', 'r2', 0.8), recall('m3', 'r3', 0.8)],
    );
    expect(result.qualifying.map((r) => r.id)).toEqual(['r1', 'r3']);
  });

  it('does not count a run that differs in one value as a copy', () => {
    const changed = { ...good, id: 'r2' };
    const result = facts([good, changed], [recall('m1', 'r1', 0.8), recall('m2', 'r2', 0.81)]);
    expect(result.qualifying.map((r) => r.id)).toEqual(['r1', 'r2']);
  });
});

describe('a run worse than its baseline', () => {
  it('is a warning beside the score, never points and never a penalty', () => {
    const ready = minimalReady();
    const baselineRun = ready.evalRuns.find((r) => r.baselineRunId === undefined);
    const measured = ready.evalRuns.find((r) => r.baselineRunId !== undefined);
    if (!baselineRun || !measured) throw new Error('minimalReady has a baseline and a run');
    // The run now loses to its baseline on its one series.
    const worse = {
      ...ready,
      metrics: ready.metrics.map((m) => (m.runId === measured.id ? { ...m, value: 0.1 } : m)),
    };
    const noBaseline = {
      ...worse,
      evalRuns: worse.evalRuns.map((r) => (r.id === measured.id ? { ...r, baselineRunId: undefined } : r)),
    };
    const rag = (input: typeof ready) => computeReadiness(input).skills.find((s) => s.skillId === 'rag');
    expect(rag(worse)?.warnings).toHaveLength(1);
    expect(rag(worse)?.warnings[0]).toMatch(/is worse than its baseline/);
    expect(rag(noBaseline)?.warnings).toEqual([]);
    expect(rag(worse)?.score).toBe(rag(noBaseline)?.score);
  });
});

describe('the examples behind a value', () => {
  it('an eval tool’s sample count decides over the dataset size typed for the run', () => {
    const measuredOnFew = { ...recall('m1', 'r1', 0.8), sampleCount: 20 };
    expect(checkQualifyingRun(good, [measuredOnFew], rag, evidenceRules).problems).toEqual([
      `fewer than ${rag.minDatasetSize} examples`,
    ]);
    const sizeless = { ...good, context: { ...good.context, datasetSize: undefined } };
    const measuredOnMany = { ...recall('m1', 'r1', 0.8), sampleCount: rag.minDatasetSize };
    expect(checkQualifyingRun(sizeless, [measuredOnMany], rag, evidenceRules).qualifies).toBe(true);
  });
});

describe('where a qualifying run’s numbers came from', () => {
  const ragPoints = (input: ReturnType<typeof minimalReady>) =>
    computeReadiness(input)
      .skills.find((skill) => skill.skillId === 'rag')
      ?.points.map((point) => point.label)
      .join(' | ') ?? '';

  it('says a typed run is measured, typed by hand, and an imported one keeps its file hash', () => {
    const typed = minimalReady();
    expect(ragPoints(typed)).toContain('measured, typed by hand');
    const imported = minimalReady();
    imported.evalRuns = imported.evalRuns.map((row) => ({
      ...row,
      source: {
        tool: 'lm-eval',
        fileName: 'results.json',
        sha256: 'a'.repeat(64),
        importedAt: row.createdAt,
      },
    }));
    expect(ragPoints(imported)).toContain('imported from an eval tool’s file, its hash kept');
    // Provenance is shown, not scored: the same numbers earn the same points either way.
    expect(computeReadiness(imported).skills.find((s) => s.skillId === 'rag')?.score).toBe(
      computeReadiness(typed).skills.find((s) => s.skillId === 'rag')?.score,
    );
  });
});
