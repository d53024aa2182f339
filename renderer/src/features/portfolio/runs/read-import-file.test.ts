import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../../shared/text/decode-text';
import { readImportFile } from './ImportRunsDialog';

/** A CSV as a spreadsheet program saves it: UTF-16 little-endian with its byte order mark. */
function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    bytes[2 + index * 2] = code & 0xff;
    bytes[3 + index * 2] = code >> 8;
  }
  return bytes;
}

describe('reading a run file for the column mapper', () => {
  it('reads a UTF-16 semicolon file with decimal commas and says how it read it', () => {
    const { text } = decodeText(utf16le('date;label;faithfulness\n2026-10-01;first;0,82\n'));
    const source = readImportFile('runs.csv', text);
    expect(source.ok).toBe(true);
    if (!source.ok || source.value.kind !== 'csv') return;
    expect(source.value.readAs).toBe('semicolon-separated with decimal commas');
    expect(source.value.headers).toEqual(['date', 'label', 'faithfulness']);
    expect(source.value.rows).toEqual([['2026-10-01', 'first', '0.82']]);
  });
});
