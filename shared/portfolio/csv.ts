// Reads and writes CSV as RFC 4180 describes it, reporting bad files in sentences that name the row.
import { capProblems, formatCount } from './check-run';
import type { Checked, FieldProblem } from './types';

interface CsvRecord {
  cells: string[];
  /** True when a cell was quoted, so `""` alone on a line is a cell and not a blank line. */
  quoted: boolean;
}

type Scan = { ok: true; records: CsvRecord[]; tooMany: boolean } | { ok: false; openQuoteRecord: number };

/** Splits text into records; stops early once `limit` records are read and one more is seen. */
function scanRecords(text: string, limit: number): Scan {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let cellStarted = false;
  let index = 0;
  const endRecord = () => {
    cells.push(cell);
    records.push({ cells, quoted });
    cells = [];
    cell = '';
    quoted = false;
    cellStarted = false;
  };
  while (index < text.length) {
    const char = text[index];
    if (char === '"' && !cellStarted) {
      const close = readQuoted(text, index + 1);
      if (close === null) return { ok: false, openQuoteRecord: records.length };
      cell = close.value;
      quoted = true;
      cellStarted = true;
      index = close.next;
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
      cellStarted = false;
      index += 1;
    } else if (char === '\n' || char === '\r') {
      endRecord();
      index += char === '\r' && text[index + 1] === '\n' ? 2 : 1;
      if (records.length > limit && !isBlank(records[records.length - 1]))
        return { ok: true, records, tooMany: true };
    } else {
      const stop = nextSpecial(text, index);
      cell += text.slice(index, stop);
      cellStarted = true;
      index = stop;
    }
  }
  if (cellStarted || cells.length > 0) endRecord();
  return { ok: true, records, tooMany: false };
}

/** Reads a quoted cell whose opening quote is just before `from`; null when it never closes. */
function readQuoted(text: string, from: number): { value: string; next: number } | null {
  let value = '';
  let index = from;
  for (;;) {
    const quote = text.indexOf('"', index);
    if (quote === -1) return null;
    value += text.slice(index, quote);
    if (text[quote + 1] !== '"') return { value, next: quote + 1 };
    value += '"';
    index = quote + 2;
  }
}

/** The next comma, line break or quote at or after `from` (quotes inside an unquoted cell are kept as text). */
function nextSpecial(text: string, from: number): number {
  for (let index = from + 1; index < text.length; index += 1) {
    const char = text[index];
    if (char === ',' || char === '\n' || char === '\r') return index;
  }
  return text.length;
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

/**
 * Parses CSV text (RFC 4180: quoted cells with `""` for a quote, commas and line breaks inside quotes, CRLF
 * or LF). A leading UTF-8 byte order mark is dropped, header names are trimmed, cells are kept as written,
 * and blank lines at the end are ignored. Row numbers in problems count data rows from 1; the header is
 * row 0. Every problem is reported (up to 50), except that an unclosed quote stops reading.
 */
export function parseCsv(text: string, maxRows = 10000): Checked<{ headers: string[]; rows: string[][] }> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problems: [{ field: 'file', message: 'the file is empty.' }] };
  const scan = scanRecords(body, maxRows + 1);
  if (!scan.ok) {
    const field = scan.openQuoteRecord === 0 ? 'header' : `row ${scan.openQuoteRecord}`;
    return { ok: false, problems: [{ field, message: 'a quoted cell is not closed.' }] };
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
      message: `has ${cells.length} ${cellWord}, the header has ${headers.length}.`,
    });
  });
  if (problems.length > 0) return { ok: false, problems: capProblems(problems) };
  return { ok: true, value: { headers, rows: rowRecords.map((record) => record.cells) } };
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
