// Finds what JSON.parse accepts but silently changes: a key written twice in one object (the last one
// wins), integers beyond 2^53 (rounded) and numbers with more digits than a double holds. What a person
// reads in the file must be what the app stores, so each is refused with its field named.
import type { FieldProblem } from '../portfolio/types';
import { pathOf } from './value-scan';

/** More significant digits than this cannot survive a round trip through a double. */
const maxDigits = 17;

const quote = 0x22;
const backslash = 0x5c;
const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
const isNumberChar = (code: number) =>
  (code >= 0x30 && code <= 0x39) ||
  code === 0x2d ||
  code === 0x2b ||
  code === 0x2e ||
  code === 0x65 ||
  code === 0x45;

/** Why a number literal would not be stored as written, or null when it would. */
function numberProblem(literal: string): string | null {
  // Fifteen characters hold at most fifteen digits: an integer below 2^53 or a decimal a double keeps.
  if (literal.length <= 15) return null;
  const isInteger = !/[.eE]/.test(literal);
  if (isInteger) {
    // Beyond 2^53 not every whole number has a double: refuse one that would read back as another number.
    const stored = Number(literal);
    if (Number.isSafeInteger(stored) || String(stored) === literal) return null;
    return `${literal.slice(0, 40)} is beyond 2^53 and would be stored as ${Number.isFinite(stored) ? String(stored).slice(0, 40) : 'infinity'}; use a smaller number.`;
  }
  const [mantissa = ''] = literal.replace(/^-/, '').split(/[eE]/);
  // Leading zeros, and trailing zeros after the decimal point, carry no precision.
  const digits = mantissa.replace(/0+$/, '').replace('.', '').replace(/^0+/, '');
  return digits.length > maxDigits
    ? `the number has ${digits.length} digits, more than can be stored exactly; shorten it.`
    : null;
}

class Scanner {
  private index = 0;
  private readonly path: (string | number)[] = [];
  readonly problems: FieldProblem[] = [];
  constructor(
    private readonly text: string,
    private readonly maxProblems: number,
  ) {}

  private report(last: string | number | undefined, message: string) {
    if (this.problems.length >= this.maxProblems) return;
    const keys = last === undefined ? this.path : [...this.path, last];
    this.problems.push({ field: pathOf(keys), message });
  }

  private skipSpace() {
    while (this.index < this.text.length && isSpace(this.text.charCodeAt(this.index))) this.index += 1;
  }

  /** Steps over a string; decodes it only when asked (keys), since decoding every value costs time. */
  private readString(decode: boolean): string {
    const start = this.index;
    let escaped = false;
    this.index += 1;
    while (this.index < this.text.length) {
      const code = this.text.charCodeAt(this.index);
      if (code === backslash) {
        escaped = true;
        this.index += 2;
      } else if (code === quote) break;
      else this.index += 1;
    }
    this.index += 1;
    if (!decode) return '';
    // A key without escapes is its own text; JSON.parse on every key was a third of a large bundle's scan.
    return escaped
      ? (JSON.parse(this.text.slice(start, this.index)) as string)
      : this.text.slice(start + 1, this.index - 1);
  }

  private readNumber() {
    const start = this.index;
    while (this.index < this.text.length && isNumberChar(this.text.charCodeAt(this.index))) this.index += 1;
    const problem = numberProblem(this.text.slice(start, this.index));
    if (problem) this.report(undefined, problem);
  }

  value() {
    this.skipSpace();
    const code = this.text.charCodeAt(this.index);
    if (code === 0x7b) this.object();
    else if (code === 0x5b) this.array();
    else if (code === quote) this.readString(false);
    else if (isNumberChar(code)) this.readNumber();
    else this.index += code === 0x66 ? 5 : 4; // false, or true / null
  }

  /** After a member or an element: true when a comma says another follows. */
  private another(): boolean {
    this.skipSpace();
    const code = this.text.charCodeAt(this.index);
    this.index += 1;
    return code === 0x2c;
  }

  private object() {
    this.index += 1;
    this.skipSpace();
    if (this.text.charCodeAt(this.index) === 0x7d) {
      this.index += 1;
      return;
    }
    const seen = new Set<string>();
    do {
      this.skipSpace();
      const key = this.readString(true);
      if (seen.has(key)) this.report(key, 'is written twice in the same object; keep one.');
      seen.add(key);
      this.skipSpace();
      this.index += 1; // the colon
      this.path.push(key);
      this.value();
      this.path.pop();
    } while (this.another());
  }

  private array() {
    this.index += 1;
    this.skipSpace();
    if (this.text.charCodeAt(this.index) === 0x5d) {
      this.index += 1;
      return;
    }
    let position = 0;
    do {
      this.path.push(position);
      this.value();
      this.path.pop();
      position += 1;
    } while (this.another());
  }
}

/**
 * Problems in text that JSON.parse already accepted: duplicate keys, unsafe integers, overlong numbers.
 * Each names its field (`sections.metrics[3].value`). Call it only on valid JSON.
 */
export function jsonFidelityProblems(text: string, maxProblems = 50): FieldProblem[] {
  const scanner = new Scanner(text, maxProblems);
  scanner.value();
  return scanner.problems;
}
