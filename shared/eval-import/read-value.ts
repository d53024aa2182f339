// Reads numbers out of untrusted tool output: finite numbers only; NaN, Infinity, "N/A" and blanks are
// "not measured" with a reason, never numbers.
import { describeGot, readNumber } from '../metrics/validate-metric';

/** Tolerant JSON parsing replaces bare NaN/Infinity tokens with strings that start with this mark. */
export const nonFiniteMark = '\u0000shipready-non-finite:';

export type ValueReading = { ok: true; value: number } | { ok: false; reason: string };

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a measured value: a finite number or a plain decimal string; everything else says why not. */
export function readMeasured(value: unknown): ValueReading {
  if (typeof value === 'string' && value.startsWith(nonFiniteMark)) {
    return { ok: false, reason: `is ${value.slice(nonFiniteMark.length)}: not measured.` };
  }
  const reading = readNumber(value);
  if (reading.kind === 'number') return { ok: true, value: reading.value };
  if (reading.kind === 'empty') return { ok: false, reason: 'is missing: not measured.' };
  if (reading.kind === 'not-finite') return { ok: false, reason: `is ${describeGot(value)}: not measured.` };
  return { ok: false, reason: `is ${describeGot(value)}, not a number: not measured.` };
}

/** A whole number ≥ 0 (sample counts, sizes), or undefined. */
export function readCount(value: unknown): number | undefined {
  const reading = readMeasured(value);
  return reading.ok && Number.isInteger(reading.value) && reading.value >= 0 ? reading.value : undefined;
}

/** A short, single-line text field, or undefined (numbers become text; objects do not). */
export function readText(value: unknown, max = 200): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string' || value.startsWith(nonFiniteMark)) return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** ISO 8601 UTC from an ISO string, or undefined when it is not a real date. */
export function isoFromText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? safeIso(ms) : undefined;
}

/** ISO 8601 UTC from milliseconds since 1970, or undefined out of the representable range. */
export function safeIso(ms: number): string | undefined {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return undefined;
  return new Date(ms).toISOString();
}

/** The own property of a record (never one inherited from Object.prototype, so `__proto__` is inert). */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The own record-valued property, or undefined. */
export function ownRecord(record: Record<string, unknown>, key: string): Record<string, unknown> | undefined {
  const value = own(record, key);
  return isPlainRecord(value) ? value : undefined;
}
