import { describe, expect, it } from 'vitest';
import { sampleReportInput } from '../../tests/fixtures/exports/report-input';
import { jsonResumeProjects } from './json-resume';
import type { ReportInput } from './report-input';

function withLinks(input: ReportInput, links: { label: string; url: string }[]): ReportInput {
  return {
    ...input,
    projects: input.projects.map((project) => (project.id === 'p-rag' ? { ...project, links } : project)),
  };
}

describe('jsonResumeProjects', () => {
  const input = sampleReportInput();
  const [rag, agent, ...rest] = jsonResumeProjects(input);

  it('gives one entry per project that is not archived', () => {
    expect(rest).toEqual([]);
    expect(rag?.name).toBe('Support docs RAG');
    expect(agent?.name).toBe('Research agent');
  });

  it('fills the JSON Resume fields from the project', () => {
    expect(rag).toMatchObject({
      description: 'Answers support questions from 1,200 help articles.\nCites its sources.',
      startDate: '2026-03-01',
      endDate: '2026-04-20',
      url: 'https://github.com/someone/support-rag',
      keywords: ['RAG architecture', 'LLM APIs', 'custom-skill'],
      type: 'application',
    });
    expect(agent).toEqual({
      name: 'Research agent',
      description: 'Capstone: Multi-step agent with tools',
      highlights: [],
      keywords: ['LLM APIs'],
      type: 'application',
      metrics: [],
    });
  });

  it('lists milestones met and best numbers against their baseline as highlights', () => {
    expect(rag?.highlights).toEqual([
      'Milestone met: Index the help centre (2026-03-20)',
      'Milestone met: Recall@5 of 0.8 on 200 questions (2026-04-15)',
      'Recall@5 0.83 (baseline 0.62)',
      'Latency p95 950 ms (baseline 1,200 ms)',
      'Hallucination rate 4.5 % (baseline 12 %)',
    ]);
  });

  it('carries every series with latest, best, baseline, unit, direction and dataset size', () => {
    expect(rag?.metrics).toEqual([
      {
        key: 'recall_at_k',
        k: 5,
        label: 'Recall@5',
        latest: 0.83,
        best: 0.83,
        baseline: 0.62,
        unit: 'ratio',
        direction: 'higher',
        datasetSize: 200,
      },
      {
        key: 'latency_p95_ms',
        label: 'Latency p95',
        latest: 980,
        best: 950,
        baseline: 1200,
        unit: 'ms',
        direction: 'lower',
        datasetSize: 200,
      },
      {
        key: 'custom:hallucination-rate',
        label: 'Hallucination rate',
        latest: 4.5,
        best: 4.5,
        baseline: 12,
        unit: '%',
        direction: 'lower',
        datasetSize: 200,
      },
    ]);
  });

  it('leaves the baseline out when the best value came from a run without one', () => {
    const noBaseline = { ...input, runs: input.runs.map(({ baselineRunId: _, ...run }) => run) };
    const [entry] = jsonResumeProjects(noBaseline);
    expect(entry?.highlights).toContain('Recall@5 0.83');
    expect(entry?.metrics[0]).not.toHaveProperty('baseline');
  });

  it('takes the first safe https link as url and drops unsafe ones', () => {
    const [entry] = jsonResumeProjects(
      withLinks(input, [
        { label: 'Bad', url: 'javascript:alert(1)' },
        { label: 'Plain', url: 'http://example.com' },
        { label: 'Creds', url: 'https://user:pw@example.com' },
        { label: 'Demo', url: 'https://demo.example.com/app' },
      ]),
    );
    expect(entry?.url).toBe('https://demo.example.com/app');
    const [none] = jsonResumeProjects(withLinks(input, [{ label: 'Bad', url: 'javascript:alert(1)' }]));
    expect(none).not.toHaveProperty('url');
    expect(JSON.stringify(none)).not.toContain('javascript:');
  });

  it('leaves out dates that are not dates and writes no undefined keys', () => {
    const odd = {
      ...input,
      projects: input.projects.map((project) => ({ ...project, startedOn: 'soon', shippedOn: '' })),
    };
    const [entry] = jsonResumeProjects(odd);
    expect(entry).not.toHaveProperty('startDate');
    expect(entry).not.toHaveProperty('endDate');
    for (const project of jsonResumeProjects(input)) {
      expect(Object.values(project)).not.toContain(undefined);
      expect(JSON.parse(JSON.stringify(project))).toEqual(project);
    }
  });
});
