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

/** Reads the one JSON object in a reply (tolerating a code fence around it) and checks its shape. */
export function parseModelJson<S extends z.ZodType>(text: string, schema: S): ParsedAnswer<z.infer<S>> {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return { ok: false, reason: 'The answer held no JSON object.' };
  let data: unknown;
  try {
    data = JSON.parse(text.slice(start, end + 1));
  } catch (error) {
    return { ok: false, reason: `The answer was not valid JSON (${(error as Error).message}).` };
  }
  const parsed = schema.safeParse(data);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, reason: `The answer did not have the expected shape: ${describeIssues(parsed.error)}.` };
}
