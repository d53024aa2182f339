// Times computeReadiness on generated portfolios: 1,000 projects with 5,000 and with 50,000 metrics, with link
// kinds, primary skills and runs whose context qualifies, so every evidence check and the next actions do real work.
import type { Curriculum } from '../shared/content/schema';
import type { EvalRun, Metric } from '../shared/domain/eval-runs';
import type { Milestone, Project } from '../shared/domain/projects';
import { computeReadiness } from '../shared/readiness/compute-readiness';
import type { ReadinessInput } from '../shared/readiness/types';

export function portfolio(curriculum: Curriculum, projects: number, metrics: number): ReadinessInput {
  const skills = curriculum.skills.map((s) => s.id);
  const at = '2026-11-01T00:00:00.000Z';
  const projectRows: Project[] = Array.from({ length: projects }, (_, i) => ({
    id: `p${i}`,
    title: `Project ${i}`,
    summary: '',
    skills: [skills[i % skills.length] as string, skills[(i * 7) % skills.length] as string],
    primarySkills: [skills[i % skills.length] as string],
    links:
      i % 2 ? [{ label: 'Repository', url: `https://github.com/me/p${i}`, kind: 'repository' as const }] : [],
    status: (['idea', 'building', 'shipped'] as const)[i % 3] ?? 'idea',
    designDecisions: i % 4 ? '' : 'Chose hybrid retrieval.',
    postmortem: '',
    createdAt: at,
    updatedAt: at,
  }));
  const runCount = Math.ceil(metrics / 5);
  const runs: EvalRun[] = Array.from({ length: runCount }, (_, r) => ({
    id: `r${r}`,
    projectId: `p${r % projects}`,
    label: `run ${r}`,
    ranOn: `2026-${String((r % 12) + 1).padStart(2, '0')}-01`,
    context:
      r % 3
        ? {
            model: 'm',
            datasetName: 'golden',
            datasetSize: 100,
            datasetSplit: 'test',
            commitOrUrl: `c${r % 7}`,
          }
        : {},
    ...(r >= projects ? { baselineRunId: `r${r - projects}` } : {}),
    createdAt: at,
    updatedAt: at,
  }));
  const keys = [
    'recall_at_k',
    'faithfulness',
    'answer_relevancy',
    'latency_p95_ms',
    'cost_per_1k_requests_usd',
  ];
  const metricRows: Metric[] = Array.from({ length: metrics }, (_, m) => ({
    id: `m${m}`,
    runId: `r${Math.floor(m / 5)}`,
    projectId: `p${Math.floor(m / 5) % projects}`,
    key: keys[m % 5] as string,
    value: m % 5 < 3 ? 0.5 + (m % 40) / 100 : 300 + (m % 700),
    ...(m % 5 === 0 ? { k: 5 } : {}),
  }));
  const milestones: Milestone[] = projectRows.map((p, i) => ({
    id: `ms${i}`,
    projectId: p.id,
    title: 'm',
    acceptanceCriteria: '',
    order: 0,
    ...(i % 2 ? { doneOn: '2026-10-01' } : {}),
    createdAt: at,
    updatedAt: at,
  }));
  return {
    curriculum,
    progress: [],
    projects: projectRows,
    milestones,
    evalRuns: runs,
    metrics: metricRows,
    selfChecks: [],
  };
}

function medianMs(run: () => void, times: number): number {
  run(); // warm the JIT
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

export function benchReadiness(curriculum: Curriculum, times = 9) {
  const small = portfolio(curriculum, 1000, 5000);
  const large = portfolio(curriculum, 1000, 50000);
  // Warm both sizes first, so neither pays for the JIT.
  computeReadiness(large);
  const smallMs = medianMs(() => computeReadiness(small), times);
  const largeMs = medianMs(() => computeReadiness(large), times);
  return { ms5k: smallMs, ms50k: largeMs, growth: largeMs / smallMs };
}
