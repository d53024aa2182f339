import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { payloads, sampleReportInput, type TextSource } from '../../tests/fixtures/exports/report-input';
import { readmeMarkdown } from './readme-markdown';

/** Splits a table row on the pipes GitHub reads as cell borders (an escaped `\|` is not one). */
const cellsOf = (row: string) => row.split(/(?<!\\)\|/).slice(1, -1);
const tableRows = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('| '));

describe('readmeMarkdown', () => {
  const input = sampleReportInput();
  const markdown = readmeMarkdown(input);

  it('opens with a Portfolio heading and the projects, leaving readiness and progress out by default', () => {
    expect(
      markdown.startsWith('# Portfolio\n\n**Ada Example** · generated on 2026-05-02 with ShipReady\n\n## '),
    ).toBe(true);
    expect(markdown).not.toContain('Readiness');
    expect(markdown).not.toContain('items done');
  });

  it('adds readiness (rounded as in the app) and progress after the projects when switched on', () => {
    const shared = readmeMarkdown({ ...input, include: { readiness: true, progress: true } });
    expect(shared).toContain(`**Readiness: ${Math.round(input.readiness.overall)} of 100.** `);
    expect(shared).toContain('Curriculum: 12 of 40 items done, 3 skipped.');
    expect(shared.indexOf('## Readiness')).toBeGreaterThan(shared.lastIndexOf('### Milestones'));
    const progressOnly = readmeMarkdown({ ...input, include: { readiness: false, progress: true } });
    expect(progressOnly).toContain('Curriculum: 12 of 40 items done');
    expect(progressOnly).not.toContain('of 100');
  });

  it('has one section per project that is not archived, with its links and skills', () => {
    expect(markdown.match(/^## /gm)).toHaveLength(2);
    expect(markdown).toContain('## Support docs RAG\n\n**Shipped** · Month 2: RAG and vector databases');
    expect(markdown).not.toContain('Archived experiment');
    expect(markdown).toContain(
      '[Code](https://github.com/someone/support-rag) · [Demo](https://support-rag.example.com/)',
    );
    expect(markdown).toContain('Old notebook (link left out: not a public https address)');
    expect(markdown).not.toContain('javascript:');
    expect(markdown).toContain('**Skills:** RAG architecture, LLM APIs, custom-skill');
  });

  it('writes a metrics table with formatted values', () => {
    expect(markdown).toContain(
      [
        '| Metric | Latest | Best | vs baseline |',
        '| --- | --- | --- | --- |',
        '| Recall@5 | 0.83 | 0.83 | +0.21 (+34%) from 0.62 |',
        '| Latency p95 | 980 ms | 950 ms | −220 ms (−18%) from 1,200 ms |',
        '| Hallucination rate | 4.5 % | 4.5 % | −7.5 % (−63%) from 12 % |',
      ].join('\n'),
    );
  });

  it('turns milestones into a checklist that follows doneOn', () => {
    expect(markdown).toContain(
      [
        '### Milestones (2 of 3 met)',
        '',
        '- [x] Index the help centre (met Mar 20, 2026)',
        '- [x] Recall@5 of 0.8 on 200 questions (met Apr 15, 2026)',
        '- [ ] p95 latency under 800 ms',
      ].join('\n'),
    );
  });

  it('quotes design decisions and the postmortem, keeping line breaks and neutralising a leading #', () => {
    expect(markdown).toContain(
      '### Design decisions\n\n> Hybrid retrieval with rank fusion.\n>\n> Chunks of 400 tokens.',
    );
    expect(markdown).toContain(
      '### Postmortem\n\n> Latency spiked when the index grew.\\\n> \\# Not a heading \\| not a cell',
    );
  });

  it('keeps the table whole when a metric name or unit holds pipes and line breaks', () => {
    const piped = readmeMarkdown(
      sampleReportInput((field, usual) =>
        field === 'metric.custom' ? 'a|b\n| c |' : field === 'metric.unit' ? '|\r\n|' : usual,
      ),
    );
    const rows = tableRows(piped);
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(cellsOf(row)).toHaveLength(4);
    expect(piped).toContain('| A\\|b \\| c \\| |');
  });

  it('shows HTML as text: < and > never reach GitHub as markup', () => {
    const payload = payloads.join(' ');
    const hostile = readmeMarkdown(sampleReportInput((_field, usual) => `${usual}${payload}`));
    expect(hostile).not.toContain('<');
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('says so when there are no projects', () => {
    expect(readmeMarkdown({ ...input, projects: [] })).toContain('No projects yet.');
  });

  it('keeps its structure for any text: no raw HTML, no image, one heading per project, tables whole', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom(
        ...payloads,
        '# heading',
        '- item',
        '1. item',
        '===',
        '![x](https://e.com/x.png)',
        '```',
      ),
      fc.string({
        unit: fc.constantFrom(
          '|',
          '\n',
          '#',
          '<',
          '>',
          '`',
          '*',
          '_',
          '[',
          ']',
          '(',
          ')',
          '!',
          '\\',
          ' ',
          'a',
        ),
      }),
    );
    fc.assert(
      fc.property(fc.func(text), (source) => {
        const markdown = readmeMarkdown(sampleReportInput(source as TextSource));
        expect(markdown).not.toContain('<');
        expect(markdown).not.toMatch(/!\[/);
        expect(markdown).not.toMatch(/^```|^~~~/m);
        expect(markdown.match(/^## /gm)).toHaveLength(2);
        expect(markdown.match(/^# /gm)).toHaveLength(1);
        for (const row of tableRows(markdown)) expect(cellsOf(row)).toHaveLength(4);
      }),
      { numRuns: 60 },
    );
  });
});
