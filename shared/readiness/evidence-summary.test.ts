// The evidence summary for an LLM reviewer: what it holds, what it never holds, and its size limit.
import { describe, expect, it } from 'vitest';
import { foundationPlusRag, strongCandidate } from '../../tests/fixtures/personas/personas';
import { metric, project, run, skipped } from '../../tests/fixtures/personas/rows';
import { computeReadiness } from './compute-readiness';
import { evidenceSummary, evidenceSummaryMaxChars } from './evidence-summary';
import type { ReadinessInput } from './types';

const summarize = (input: ReadinessInput) => evidenceSummary(input, computeReadiness(input));

describe('evidenceSummary', () => {
  it('summarizes layers, skills and projects from the readiness result', () => {
    const input = foundationPlusRag();
    const summary = summarize(input);
    expect(summary.layers.map((layer) => layer.layer)).toEqual(['foundation', 'infrastructure', 'advanced']);
    expect(summary.skills).toHaveLength(16);
    const rag = summary.skills.find((skill) => skill.id === 'rag');
    expect(rag?.title).toBe('RAG architecture');
    expect(rag?.points.every((point) => point.points > 0)).toBe(true);
    expect(summary.skills.find((skill) => skill.id === 'tracing')?.flags[0]).toMatch(/No evaluation numbers/);
    const first = summary.projects[0];
    expect(first).toMatchObject({
      title: 'Support docs RAG',
      status: 'shipped',
      links: ['Code', 'Live'],
      milestones: { met: 5, total: 6 },
      runs: 4,
      bestMetrics: [{ label: 'Faithfulness', best: 0.74, unit: 'ratio' }],
    });
    expect(summary.truncated).toBeNull();
  });

  it('never includes notes, project summaries or link addresses, and is deterministic', () => {
    const input = foundationPlusRag();
    input.progress.push({
      ...skipped('m3-react-loop-by-hand', 'outside-evidence'),
      skipNote: 'SKIP-NOTE-TEXT',
    });
    input.evalRuns.push(run('noted', 'p-rag', { context: { notes: 'RUN-NOTE-TEXT', datasetSize: 10 } }));
    input.metrics.push(metric('noted-metric', 'noted', 'p-rag', 'mrr', 0.5));
    const [rag] = input.projects;
    if (rag) rag.summary = 'PROJECT-SUMMARY-TEXT';
    const json = JSON.stringify(summarize(input));
    for (const secret of ['SKIP-NOTE-TEXT', 'RUN-NOTE-TEXT', 'PROJECT-SUMMARY-TEXT', 'https://']) {
      expect(json).not.toContain(secret);
    }
    expect(JSON.stringify(summarize(input))).toBe(json);
  });

  it('cuts write-ups at 1,500 characters and leaves archived projects out', () => {
    const input = foundationPlusRag();
    input.projects.push(
      project('long', { title: 'Long', designDecisions: 'd'.repeat(5000), postmortem: ' short ' }),
      project('gone', { title: 'Gone', archivedAt: '2026-01-01T00:00:00Z' }),
    );
    const summary = summarize(input);
    const long = summary.projects.find((candidate) => candidate.title === 'Long');
    expect(long?.designDecisions).toHaveLength(1500);
    expect(long?.designDecisions.endsWith('…')).toBe(true);
    expect(long?.postmortem).toBe('short');
    expect(summary.projects.some((candidate) => candidate.title === 'Gone')).toBe(false);
  });

  it('stays under 60,000 characters by dropping the least recently updated projects first', () => {
    const input = strongCandidate();
    for (let index = 0; index < 200; index += 1) {
      const day = String(1 + (index % 28)).padStart(2, '0');
      const month = String(1 + Math.floor(index / 28)).padStart(2, '0');
      input.projects.push(
        project(`bulk-${index}`, {
          title: `Bulk project ${index}`,
          skills: ['rag'],
          designDecisions: 'x'.repeat(3000),
          postmortem: 'y'.repeat(3000),
          updatedAt: `2025-${month}-${day}T00:00:00Z`,
        }),
      );
    }
    const summary = summarize(input);
    const size = JSON.stringify(summary).length;
    expect(size).toBeLessThanOrEqual(evidenceSummaryMaxChars);
    expect(size).toBeGreaterThan(evidenceSummaryMaxChars - 4000);
    expect(summary.truncated?.droppedProjects).toBe(203 - summary.projects.length);
    expect(summary.truncated?.reason).toMatch(/least recently updated/);
    // The three capstones (updated in 2026) are the most recent, so they stay; the oldest bulk project goes.
    expect(summary.projects.slice(0, 3).map((candidate) => candidate.title)).toEqual([
      'LoRA support-tone model',
      'Research agent with approvals',
      'Production RAG service',
    ]);
    expect(summary.projects.some((candidate) => candidate.title === 'Bulk project 0')).toBe(false);
    const updated = summary.projects.map((candidate) => candidate.title);
    expect(updated).toContain('Bulk project 199');
  });
});
