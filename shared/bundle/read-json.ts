// Reads untrusted JSON text safely: empty and oversized files, a BOM, deep nesting and syntax errors, each named.

import type { Checked } from '../portfolio/types';
import { describeSize } from '../text/describe-size';
import { formatCount } from '../text/plural';
import { jsonFidelityProblems } from './json-scan';

export interface JsonTextLimits {
  /** Longest accepted text, in UTF-16 code units (the length of the string read from the file). */
  maxBytes: number;
  /** Deepest accepted nesting of lists and objects; the document itself is level 1. */
  maxDepth: number;
}

const fail = (field: string, message: string): Checked<never> => ({
  ok: false,
  problems: [{ field, message }],
});

/**
 * The deepest nesting of `[` and `{` outside strings, stopping as soon as it passes `limit`. Runs before
 * JSON.parse so that a 200,000-deep document is refused without building (or overflowing on) it.
 */
export function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c)
        index += 1; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (code === 0x5d || code === 0x7d) {
      depth -= 1;
    }
  }
  return deepest;
}

/** Parses the text of a file after the checks that must come first; the problems name `file`. */
export function readJsonText(raw: string, limits: JsonTextLimits): Checked<unknown> {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (/^\s*$/.test(text)) return fail('file', 'the file is empty.');
  if (text.length > limits.maxBytes) {
    return fail('file', `the file is larger than ${describeSize(limits.maxBytes)}.`);
  }
  if (nestingDepth(text, limits.maxDepth) > limits.maxDepth) {
    return fail('file', `nested deeper than ${formatCount(limits.maxDepth)} levels.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('file', `not valid JSON (${reason}); the file may be truncated.`);
  }
  const changed = jsonFidelityProblems(text);
  return changed.length > 0 ? { ok: false, problems: changed } : { ok: true, value };
}
