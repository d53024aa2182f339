import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { guessMapping, type ImportMapping, rowsToRunDrafts } from './import-mapping';

const problemsOf = (result: ReturnType<typeof rowsToRunDrafts>) =>
  result.ok ? [] : result.problems.map((problem) => `${problem.field}: ${problem.message}`);

const tableOf = (text: string) => {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join(' '));
  return parsed.value;
};

describe('guessMapping', () => {
  it('recognises run fields whatever their case, spaces, dashes or underscores', () => {
    const mapping = guessMapping([
      'Run Date',
      'Name',
      'MODEL',
      'prompt-version',
      'Dataset',
      'N',
      'split',
      'commit',
      'Notes',
    ]);
    expect(mapping).toEqual({
      ranOn: 'Run Date',
      label: 'Name',
      model: 'MODEL',
      promptVersion: 'prompt-version',
      datasetName: 'Dataset',
      datasetSize: 'N',
      datasetSplit: 'split',
      commitOrUrl: 'commit',
      notes: 'Notes',
      metrics: [],
    });
  });

  it.each([
    ['date', 'ranOn'],
    ['ran_on', 'ranOn'],
    ['ranOn', 'ranOn'],
    ['run_date', 'ranOn'],
    ['label', 'label'],
    ['run', 'label'],
    ['prompt', 'promptVersion'],
    ['dataset_name', 'datasetName'],
    ['dataset_size', 'datasetSize'],
    ['size', 'datasetSize'],
    ['url', 'commitOrUrl'],
  ] as const)('maps %j to %s', (header, field) => {
    expect(guessMapping([header])[field]).toBe(header);
  });

  it.each([
    ['faithfulness', { key: 'faithfulness' }],
    ['Answer Relevancy', { key: 'answer_relevancy' }],
    ['answer_relevancy', { key: 'answer_relevancy' }],
    ['MRR', { key: 'mrr' }],
    ['recall@5', { key: 'recall_at_k', k: 5 }],
    ['recall_at_5', { key: 'recall_at_k', k: 5 }],
    ['Precision@10', { key: 'precision_at_k', k: 10 }],
    ['nDCG@10', { key: 'ndcg_at_k', k: 10 }],
    ['p95', { key: 'latency_p95_ms' }],
    ['latency_p95', { key: 'latency_p95_ms' }],
    ['latency_p95_ms', { key: 'latency_p95_ms' }],
    ['Latency p50', { key: 'latency_p50_ms' }],
    ['ttft', { key: 'ttft_ms' }],
    ['Time to first token', { key: 'ttft_ms' }],
    ['cost_per_1k_requests_usd', { key: 'cost_per_1k_requests_usd' }],
    ['error-rate', { key: 'error_rate' }],
  ])('maps the column %j to a catalog metric', (header, metric) => {
    expect(guessMapping([header]).metrics).toEqual([{ column: header, ...metric }]);
  });

  it('leaves unknown columns, k-less @k metrics and impossible k values unmapped', () => {
    expect(guessMapping(['vibes', 'recall_at_k', 'recall@0', 'recall@5000']).metrics).toEqual([]);
  });

  it('leaves ranOn empty when no column looks like a date', () => {
    expect(guessMapping(['model', 'faithfulness']).ranOn).toBe('');
  });

  it('maps each series once, from its first column', () => {
    expect(guessMapping(['faithfulness', 'Faithfulness ']).metrics).toEqual([
      { column: 'faithfulness', key: 'faithfulness' },
    ]);
  });
});

describe('rowsToRunDrafts', () => {
  const csv = [
    'date,model,recall@5,faithfulness,n',
    '2026-03-01,gpt-4o,0.61,0.8,200',
    '2026-03-08,claude, 0.7 ,,200',
  ].join('\n');

  it('turns rows into checked runs, skipping empty metric cells', () => {
    const table = tableOf(csv);
    expect(rowsToRunDrafts(table, guessMapping(table.headers))).toEqual({
      ok: true,
      value: [
        {
          label: 'Imported run 1',
          ranOn: '2026-03-01',
          context: { model: 'gpt-4o', datasetSize: 200 },
          metrics: [
            { key: 'recall_at_k', value: 0.61, k: 5 },
            { key: 'faithfulness', value: 0.8 },
          ],
        },
        {
          label: 'Imported run 2',
          ranOn: '2026-03-08',
          context: { model: 'claude', datasetSize: 200 },
          metrics: [{ key: 'recall_at_k', value: 0.7, k: 5 }],
        },
      ],
    });
  });

  it('names a mapped column that is not in the file, and lists the columns it has', () => {
    const table = tableOf('date,model,recall@5\n2026-03-01,gpt,0.5\n');
    const mapping: ImportMapping = {
      ranOn: 'date',
      metrics: [{ column: 'faithfulness', key: 'faithfulness' }],
    };
    expect(problemsOf(rowsToRunDrafts(table, mapping))).toEqual([
      'mapping: column "faithfulness" is not in the file (it has: date, model, recall@5).',
    ]);
  });

  it('asks for the date column when none is mapped', () => {
    const table = tableOf('model,faithfulness\ngpt,0.5\n');
    expect(problemsOf(rowsToRunDrafts(table, guessMapping(table.headers)))).toEqual([
      "mapping.ranOn: choose the column that holds each run's date.",
    ]);
  });

  it('checks custom metric columns once, not on every row', () => {
    const table = tableOf('date,score\n2026-03-01,3\n2026-03-02,4\n');
    const mapping: ImportMapping = { ranOn: 'date', metrics: [{ column: 'score', key: 'custom:score' }] };
    expect(problemsOf(rowsToRunDrafts(table, mapping))).toEqual([
      'column "score": a custom metric needs a unit.',
      'column "score": a custom metric needs a direction: say whether "higher" or "lower" is better.',
    ]);
    const fixed = {
      ...mapping,
      metrics: [{ column: 'score', key: 'custom:score', unit: 'pts', direction: 'higher' as const }],
    };
    expect(rowsToRunDrafts(table, fixed)).toMatchObject({
      ok: true,
      value: [{ metrics: [{ key: 'custom:score', value: 3, unit: 'pts', direction: 'higher' }] }, {}],
    });
  });

  it('refuses two columns read as the same series', () => {
    const table = tableOf('date,a,b\n2026-03-01,0.5,0.6\n');
    const mapping: ImportMapping = {
      ranOn: 'date',
      metrics: [
        { column: 'a', key: 'recall_at_k', k: 5 },
        { column: 'b', key: 'recall_at_k', k: 5 },
      ],
    };
    expect(problemsOf(rowsToRunDrafts(table, mapping))).toEqual([
      'column "b": Recall@5 is already read from column "a".',
    ]);
  });

  it('names row and column for every bad cell', () => {
    const table = tableOf(
      [
        'date,name,faithfulness,latency_p95,dataset_size',
        '2026-03-01,ok,0.8,900,100',
        '2026-03-02,empty,,,',
        '2026-02-30,bad date,0.8,900,100',
        '2026-03-04,too high,1.7,-5,lots',
        '2026-03-05,text,abc,NaN,100',
      ].join('\r\n'),
    );
    expect(problemsOf(rowsToRunDrafts(table, guessMapping(table.headers)))).toEqual([
      'row 2: a run needs at least one metric.',
      'row 3, column "date": 2026-02-30 is not a day in the calendar.',
      'row 4, column "dataset_size": enter a whole number from 1 to 1,000,000,000 (got "lots").',
      'row 4, column "faithfulness": must be between 0 and 1 (got 1.7).',
      'row 4, column "latency_p95": must be 0 or more (got -5).',
      'row 5, column "faithfulness": enter a number (got "abc").',
      'row 5, column "latency_p95": must be a finite number (got "NaN").',
    ]);
  });

  it('says when there are no rows to import', () => {
    const table = tableOf('date,faithfulness\n');
    expect(problemsOf(rowsToRunDrafts(table, guessMapping(table.headers)))).toEqual([
      'file: there are no rows to import under the header.',
    ]);
  });

  it('caps the problems at 50 and counts the rest', () => {
    const rows = Array.from({ length: 60 }, () => '2026-03-01,2');
    const table = tableOf(['date,faithfulness', ...rows].join('\n'));
    const result = rowsToRunDrafts(table, guessMapping(table.headers));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(51);
      expect(result.problems.at(-1)).toEqual({ field: 'file', message: '… and 10 more problems.' });
    }
  });

  it('never accepts a table with an out-of-range faithfulness, and names its row', () => {
    const cell = fc.oneof(
      fc.double({ min: -10, max: 10, noNaN: true }).map(String),
      fc.constantFrom('abc', 'NaN', 'Infinity', '1e999', '0.5', ''),
    );
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 30 }), (cells) => {
        const table = {
          headers: ['date', 'faithfulness'],
          rows: cells.map((value) => ['2026-03-01', value]),
        };
        const result = rowsToRunDrafts(table, guessMapping(table.headers));
        const bad = cells.findIndex((value) => {
          const number = value.trim() === '' ? Number.NaN : Number(value);
          return !(number >= 0 && number <= 1) || !/^[-+]?[\d.]/.test(value);
        });
        if (bad === -1) return result.ok;
        const row = `row ${bad + 1}`;
        return (
          !result.ok &&
          result.problems.some((problem) => problem.field === row || problem.field.startsWith(`${row},`))
        );
      }),
    );
  });
});
