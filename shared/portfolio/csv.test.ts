import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeDialect, parseCsv, parseCsvWithDialect, toCsv } from './csv';

const problemsOf = (result: ReturnType<typeof parseCsv>) =>
  result.ok ? [] : result.problems.map((problem) => `${problem.field}: ${problem.message}`);

describe('parseCsv', () => {
  it('reads quoted cells with commas, quotes and line breaks', () => {
    const text = 'date,notes,faithfulness\n2026-03-01,"said ""hi"", then\nleft",0.8\n';
    expect(parseCsv(text)).toEqual({
      ok: true,
      value: {
        headers: ['date', 'notes', 'faithfulness'],
        rows: [['2026-03-01', 'said "hi", then\nleft', '0.8']],
      },
    });
  });

  it('accepts CRLF, a byte order mark, trimmed headers and trailing blank lines', () => {
    const text = '\uFEFF date , model \r\n2026-03-01, claude\r\n\r\n\n   \n';
    expect(parseCsv(text)).toEqual({
      ok: true,
      value: { headers: ['date', 'model'], rows: [['2026-03-01', ' claude']] },
    });
  });

  it('reads a last line without a line break and empty cells', () => {
    expect(parseCsv('a,b,c\n1,,3\n,,')).toEqual({
      ok: true,
      value: {
        headers: ['a', 'b', 'c'],
        rows: [
          ['1', '', '3'],
          ['', '', ''],
        ],
      },
    });
  });

  it('accepts a header with no rows', () => {
    expect(parseCsv('date,faithfulness\n')).toEqual({
      ok: true,
      value: { headers: ['date', 'faithfulness'], rows: [] },
    });
  });

  it.each(['', '\uFEFF', '  \n\r\n'])('says an empty file %j is empty', (text) => {
    expect(problemsOf(parseCsv(text))).toEqual(['file: the file is empty.']);
  });

  it('names the row of a quoted cell that is never closed', () => {
    expect(problemsOf(parseCsv('a,b\n1,2\n3,"open\n4,5\n'))).toEqual(['row 2: a quoted cell is not closed.']);
    expect(problemsOf(parseCsv('"a,b\n1,2\n'))).toEqual(['header: a quoted cell is not closed.']);
  });

  it('names every row whose cell count differs from the header', () => {
    expect(problemsOf(parseCsv('a,b,c,d\n1,2,3,4\n1,2,3\n1\n'))).toEqual([
      'row 2: has 3 cells, the header has 4.',
      'row 3: has 1 cell, the header has 4.',
    ]);
  });

  it('names a column that appears twice', () => {
    expect(problemsOf(parseCsv('x,y, x\n1,2,3\n'))).toEqual(['header: column "x" appears twice.']);
  });

  it('refuses more rows than the limit, with the limit written out', () => {
    const rows = Array.from({ length: 10_001 }, (_, index) => `${index}`).join('\n');
    expect(problemsOf(parseCsv(`n\n${rows}\n`))).toEqual(['file: more than 10,000 rows.']);
    expect(parseCsv(`n\n${rows}\n`, 20_000).ok).toBe(true);
    expect(problemsOf(parseCsv('n\n1\n2\n3\n', 2))).toEqual(['file: more than 2 rows.']);
    expect(parseCsv('n\n1\n2\n\n\n', 2).ok).toBe(true);
  });

  it('caps a flood of ragged rows at 50 problems', () => {
    const rows = Array.from({ length: 80 }, () => '1').join('\n');
    const result = parseCsv(`a,b\n${rows}`);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(51);
      expect(result.problems.at(-1)?.message).toBe('… and 30 more problems.');
    }
  });

  it('keeps stray quotes inside an unquoted cell as text', () => {
    expect(parseCsv('a,b\n5" screen,x\n')).toEqual({
      ok: true,
      value: { headers: ['a', 'b'], rows: [['5" screen', 'x']] },
    });
  });
});

describe('parseCsvWithDialect', () => {
  it('reads semicolon files from spreadsheet programs, with decimal commas turned into points', () => {
    const parsed = parseCsvWithDialect('run;faithfulness;notes\r\nbase;0,82;"a; b"\r\nnext;0,9;plain\r\n');
    expect(parsed).toEqual({
      ok: true,
      value: {
        headers: ['run', 'faithfulness', 'notes'],
        rows: [
          ['base', '0.82', 'a; b'],
          ['next', '0.9', 'plain'],
        ],
        dialect: { delimiter: ';', decimalComma: true },
      },
    });
    if (parsed.ok)
      expect(describeDialect(parsed.value.dialect)).toBe('semicolon-separated with decimal commas');
  });

  it('reads tab-separated files and keeps comma text in comma files as written', () => {
    expect(parseCsvWithDialect('a\tb\n1,5\tx\n')).toMatchObject({
      ok: true,
      value: { rows: [['1.5', 'x']], dialect: { delimiter: '\t', decimalComma: true } },
    });
    expect(parseCsvWithDialect('a,b\n"1,5",x\n')).toMatchObject({
      ok: true,
      value: { rows: [['1,5', 'x']], dialect: { delimiter: ',', decimalComma: false } },
    });
  });

  it('names the delimiter it found when a row does not fit the header', () => {
    expect(problemsOf(parseCsv('a;b;c\n1;2\n'))).toEqual([
      'row 1: has 2 cells, the header has 3 (read as semicolon-separated).',
    ]);
  });
});

describe('toCsv', () => {
  it('quotes only the cells that need it', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['plain', 'with, comma'],
          ['say "hi"', 'two\nlines'],
        ],
      ),
    ).toBe('a,b\r\nplain,"with, comma"\r\n"say ""hi""","two\nlines"\r\n');
  });

  it('round-trips generated tables with commas, quotes and line breaks', () => {
    const cellText = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r', 'é', '😀') });
    const table = fc
      .uniqueArray(
        cellText.map((text) => text.trim()).filter((text) => text !== ''),
        { minLength: 1, maxLength: 5 },
      )
      .chain((headers) =>
        fc.record({
          headers: fc.constant(headers),
          rows: fc.array(fc.array(cellText, { minLength: headers.length, maxLength: headers.length }), {
            maxLength: 20,
          }),
        }),
      );
    fc.assert(
      fc.property(table, ({ headers, rows }) => {
        expect(parseCsv(toCsv(headers, rows))).toEqual({ ok: true, value: { headers, rows } });
      }),
    );
  });
});
