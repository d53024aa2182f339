// Validates what the model returned. A malformed answer is rejected with a reason and never stored.
import { z } from 'zod';
import { describeIssues } from '../validation';

const line = z.string().trim().min(1).max(600);

export const reviewAnswerSchema = z.object({
  summary: z.string().trim().min(1).max(1500),
  layers: z
    .array(
      z.object({
        layer: z.enum(['foundation', 'infrastructure', 'advanced']),
        strengths: z.array(line).max(5),
        gaps: z.array(line).max(5),
        nextActions: z.array(line).max(5),
      }),
    )
    .min(1)
    .max(3),
  statusSuggestions: z
    .array(
      z.object({
        itemId: z.string().min(1).max(100),
        status: z.enum(['done', 'in-progress', 'skipped', 'pending']),
        reason: line,
      }),
    )
    .max(10)
    .default([]),
});

export type ReviewAnswer = z.infer<typeof reviewAnswerSchema>;

export const interviewGradeSchema = z.object({
  covered: z.array(z.number().int().min(0).max(50)).max(50),
  missing: z.array(z.number().int().min(0).max(50)).max(50),
  score: z.number().min(0).max(100),
  feedback: z.string().trim().min(1).max(2000),
});

export type InterviewGrade = z.infer<typeof interviewGradeSchema>;

export type ParsedAnswer<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Every balanced top-level `{...}` in a text, skipping braces inside JSON strings. */
function jsonObjectSpans(text: string): string[] {
  const spans: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"' && depth > 0) inString = true;
    else if (char === '{') {
      if (depth === 0) start = i;
      depth += 1;
    } else if (char === '}' && depth > 0) {
      depth -= 1;
      if (depth === 0) spans.push(text.slice(start, i + 1));
    }
  }
  return spans;
}

/**
 * Reads the JSON object in a reply. Prose or a code fence around it is fine; of several objects, the one
 * that has the expected shape is taken, and a reply with more than one such object is refused by name.
 */
export function parseModelJson<S extends z.ZodType>(text: string, schema: S): ParsedAnswer<z.infer<S>> {
  const spans = jsonObjectSpans(text);
  if (spans.length === 0) return { ok: false, reason: 'The answer held no JSON object.' };
  const parsed: { data?: unknown; error?: string }[] = spans.map((span) => {
    try {
      return { data: JSON.parse(span) as unknown };
    } catch (error) {
      return { error: (error as Error).message };
    }
  });
  const valid = parsed.filter((p) => p.error === undefined);
  if (valid.length === 0)
    return { ok: false, reason: `The answer was not valid JSON (${parsed[0]?.error ?? 'unreadable'}).` };
  const checked = valid.map((p) => schema.safeParse(p.data));
  const fitting = checked.filter((c) => c.success);
  if (fitting.length > 1)
    return {
      ok: false,
      reason: `The answer held ${fitting.length} JSON objects of the expected shape; expected one.`,
    };
  const [fit] = fitting;
  if (fit?.success) return { ok: true, value: fit.data };
  const first = checked[0];
  return {
    ok: false,
    reason: `The answer did not have the expected shape: ${first && !first.success ? describeIssues(first.error) : 'unknown'}.`,
  };
}
