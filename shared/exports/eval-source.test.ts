// The exports show the tool's ± stderr and n beside a value, and name the files imported runs came from.
import { describe, expect, it } from 'vitest';
import { sampleReportInput } from '../../tests/fixtures/exports/report-input';
import type { EvalRun, Metric } from '../domain/eval-runs';
import { htmlReport } from './html-report';
import { readmeMarkdown } from './readme-markdown';

function withImportedRun() {
  const input = sampleReportInput();
  const run: EvalRun = {
    id: 'r-imported',
    projectId: 'p-rag',
    label: 'arithmetic · openai/gpt-4o-mini',
    ranOn: '2026-04-30',
    context: { model: 'openai/gpt-4o-mini' },
    source: {
      tool: 'inspect',
      toolVersion: '0.3.210',
      fileName: 'arithmetic-zstd.eval',
      sha256: '4f69732a1fba8225483ba2ec80592c4d23c7e7b2515142829a72ba3b12837d49',
      importedAt: '2026-04-30T10:00:00.000Z',
    },
    createdAt: '2026-04-30T10:00:00.000Z',
    updatedAt: '2026-04-30T10:00:00.000Z',
  };
  const metric: Metric = {
    id: 'x-imported',
    runId: run.id,
    projectId: 'p-rag',
    key: 'accuracy',
    value: 0.71,
    stderr: 0.032,
    sampleCount: 200,
  };
  return { ...input, runs: [...input.runs, run], metrics: [...input.metrics, metric] };
}

describe('exports of imported runs', () => {
  it('the README shows "0.71 ± 0.03 (n = 200)" and the source file with its sha256', () => {
    const markdown = readmeMarkdown(withImportedRun());
    expect(markdown).toContain('| Accuracy | 0.71 ± 0.03 (n = 200) | 0.71 ± 0.03 (n = 200) | — |');
    expect(markdown).toContain(
      '- arithmetic-zstd.eval (Inspect AI 0.3.210, 1 run), sha256 `4f69732a1fba8225483ba2ec80592c4d23c7e7b2515142829a72ba3b12837d49`',
    );
  });

  it('the HTML report shows the same and lists the source', () => {
    const html = htmlReport(withImportedRun());
    expect(html).toContain('<td class="number">0.71 ± 0.03 (n = 200) <span');
    expect(html).toContain('arithmetic-zstd.eval (Inspect AI 0.3.210, 1 run)');
    expect(html).toContain('sha256 4f69732a1fba8225483ba2ec80592c4d23c7e7b2515142829a72ba3b12837d49');
  });

  it('a portfolio of typed runs reads as before: no ± and no source list', () => {
    const markdown = readmeMarkdown(sampleReportInput());
    expect(markdown).not.toContain('±');
    expect(markdown).not.toContain("Imported from the tools' own files");
  });
});
