// Reads and writes CSV through papaparse: comma, semicolon or tab (found from the header line), quoted cells,
// decimal commas from spreadsheet exports, and bad files reported in sentences that name the row.
import Papa from 'papaparse';
import { formatCount } from '../text/plural';
import { capProblems } from './check-run';
import type { Checked, FieldProblem } from './types';

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvDialect {
  delimiter: CsvDelimiter;
  /** True when numbers were written with a decimal comma (`0,82`); such cells are returned as `0.82`. */
  decimalComma: boolean;
}

const delimiterNames: Record<CsvDelimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/** "comma-separated", "semicolon-separated with decimal commas", as a person would say it. */
export function describeDialect(dialect: CsvDialect): string {
  const base = `${delimiterNames[dialect.delimiter]}-separated`;
  return dialect.decimalComma ? `${base} with decimal commas` : base;
}

interface CsvRecord {
  cells: string[];
  /** True when a cell was quoted, so `""` alone on a line is a cell and not a blank line. */
  quoted: boolean;
}

type Scan = { ok: true; records: CsvRecord[]; tooMany: boolean } | { ok: false; openQuoteRecord: number };

/** The delimiter used most often on the header line, outside quotes; a comma when none is used. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) break;
    else if (!inQuotes && (char === ',' || char === ';' || char === '\t')) counts[char] += 1;
  }
  const order: CsvDelimiter[] = [',', ';', '\t'];
  return order.reduce((best, candidate) => (counts[candidate] > counts[best] ? candidate : best), ',');
}

/** Splits text into records with papaparse; stops early once `limit` records are read and one more is seen. */
function scanRecords(text: string, delimiter: CsvDelimiter, limit: number): Scan {
  const records: CsvRecord[] = [];
  let cursor = 0;
  let openQuoteRecord: number | null = null;
  let tooMany = false;
  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    escapeChar: '"',
    step(results, parser) {
      const raw = text.slice(cursor, results.meta.cursor);
      cursor = results.meta.cursor;
      records.push({ cells: results.data, quoted: raw.startsWith('"') });
      if (results.errors.some((error) => error.code === 'MissingQuotes')) {
        openQuoteRecord = records.length - 1;
        parser.abort();
        return;
      }
      if (records.length > limit + 1 && !isBlank(records[records.length - 1])) {
        tooMany = true;
        parser.abort();
      }
    },
  });
  if (openQuoteRecord !== null) return { ok: false, openQuoteRecord };
  return { ok: true, records, tooMany };
}

function isBlank(record: CsvRecord | undefined): boolean {
  return (
    record !== undefined && !record.quoted && record.cells.length === 1 && record.cells[0]?.trim() === ''
  );
}

function headerProblems(headers: string[]): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const header of headers) {
    if (header !== '' && seen.has(header)) {
      problems.push({ field: 'header', message: `column ${JSON.stringify(header)} appears twice.` });
    }
    seen.add(header);
  }
  return problems;
}

const commaDecimal = /^[+-]?\d+,\d+$/;

/**
 * Parses CSV text (RFC 4180: quoted cells with `""` for a quote, delimiters and line breaks inside quotes,
 * CRLF or LF), separated by commas, semicolons or tabs as the header line shows. A leading UTF-8 byte order
 * mark is dropped, header names are trimmed, cells are kept as written (except that under a semicolon or
 * tab, a number written with a decimal comma is returned with a point), and blank lines at the end are
 * ignored. Row numbers in problems count data rows from 1; the header is row 0. Every problem is reported
 * (up to 50), except that an unclosed quote stops reading.
 */
export function parseCsvWithDialect(
  text: string,
  maxRows = 10000,
): Checked<{ headers: string[]; rows: string[][]; dialect: CsvDialect }> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problems: [{ field: 'file', message: 'the file is empty.' }] };
  const delimiter = detectDelimiter(body);
  const readAs = delimiter === ',' ? '' : ` (read as ${delimiterNames[delimiter]}-separated)`;
  const scan = scanRecords(body, delimiter, maxRows + 1);
  if (!scan.ok) {
    const field = scan.openQuoteRecord === 0 ? 'header' : `row ${scan.openQuoteRecord}`;
    return { ok: false, problems: [{ field, message: `a quoted cell is not closed${readAs}.` }] };
  }
  const records = scan.records;
  while (isBlank(records[records.length - 1])) records.pop();
  const [headerRecord, ...rowRecords] = records;
  if (!headerRecord) return { ok: false, problems: [{ field: 'file', message: 'the file is empty.' }] };
  if (scan.tooMany || rowRecords.length > maxRows) {
    return { ok: false, problems: [{ field: 'file', message: `more than ${formatCount(maxRows)} rows.` }] };
  }
  const headers = headerRecord.cells.map((header) => header.trim());
  const problems = headerProblems(headers);
  rowRecords.forEach(({ cells }, index) => {
    if (cells.length === headers.length) return;
    const cellWord = cells.length === 1 ? 'cell' : 'cells';
    problems.push({
      field: `row ${index + 1}`,
      message: `has ${cells.length} ${cellWord}, the header has ${headers.length}${readAs}.`,
    });
  });
  if (problems.length > 0) return { ok: false, problems: capProblems(problems) };
  let rows = rowRecords.map((record) => record.cells);
  const decimalComma =
    delimiter !== ',' && rows.some((cells) => cells.some((cell) => commaDecimal.test(cell.trim())));
  if (decimalComma) {
    rows = rows.map((cells) =>
      cells.map((cell) => (commaDecimal.test(cell.trim()) ? cell.trim().replace(',', '.') : cell)),
    );
  }
  return { ok: true, value: { headers, rows, dialect: { delimiter, decimalComma } } };
}

/** `parseCsvWithDialect` without the dialect, for callers that only need the table. */
export function parseCsv(text: string, maxRows = 10000): Checked<{ headers: string[]; rows: string[][] }> {
  const parsed = parseCsvWithDialect(text, maxRows);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { headers: parsed.value.headers, rows: parsed.value.rows } };
}

function quoteCell(cell: string, alone: boolean): string {
  if (/[",\r\n]/.test(cell) || (alone && cell.trim() === '')) return `"${cell.replaceAll('"', '""')}"`;
  return cell;
}

/** Writes CSV with CRLF line ends, quoting only cells that need it; `parseCsv` reads it back unchanged. */
export function toCsv(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => cells.map((cell) => quoteCell(cell, cells.length === 1)).join(',');
  return [headers, ...rows].map((cells) => `${line(cells)}\r\n`).join('');
}
