// Parses JSON that Python wrote: bare NaN, Infinity and -Infinity tokens (Inspect's `ser_json_inf_nan`,
// `json.dumps` defaults) become marked strings so each is reported as not measured instead of failing the file.
import { nonFiniteMark } from './read-value';

export type JsonReading = { ok: true; value: unknown } | { ok: false; message: string };

const tokens = ['-Infinity', 'Infinity', 'NaN'] as const;

/** Rewrites bare non-finite tokens outside strings; returns null when there are none to rewrite. */
function markNonFinite(text: string): string | null {
  const parts: string[] = [];
  let last = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index += 1;
      else if (code === 0x22) inString = false;
      continue;
    }
    if (code === 0x22) {
      inString = true;
      continue;
    }
    // Only `N`, `I` or `-` can start a token.
    if (code !== 0x4e && code !== 0x49 && code !== 0x2d) continue;
    const token = tokens.find((candidate) => text.startsWith(candidate, index));
    if (!token) continue;
    parts.push(text.slice(last, index), JSON.stringify(`${nonFiniteMark}${token}`));
    index += token.length - 1;
    last = index + 1;
  }
  if (parts.length === 0) return null;
  parts.push(text.slice(last));
  return parts.join('');
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'it is not valid JSON';
}

/** JSON.parse first (fast); only on failure, a second try with NaN/Infinity tokens marked. */
export function parseJsonTolerant(text: string): JsonReading {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (first) {
    const marked = markNonFinite(text);
    if (marked === null) return { ok: false, message: errorMessage(first) };
    try {
      return { ok: true, value: JSON.parse(marked) };
    } catch (second) {
      return { ok: false, message: errorMessage(second) };
    }
  }
}
