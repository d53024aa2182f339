// The field rules every row schema is built from: ids, timestamps, days, capped text, https links.
// Every rule only checks and never rewrites a value (no trim, no defaults), so a file that passes is
// exactly what was exported and re-exporting it gives the same bytes.
import { z } from 'zod';
import { dateProblem } from '../portfolio/check-run';
import { isAllowedExternalUrl } from '../security/external-links';

/** Row ids and curriculum item ids. */
export const rowId = z.string().min(1).max(100);

/** A UTC instant exactly as `Date.prototype.toISOString()` writes it; must be a real date. */
export const timestamp = z.iso.datetime({ precision: 3 });

/** A real calendar day, YYYY-MM-DD. */
export const day = z.iso.date({ abort: true });

/** The date of an evaluation run: a real day from 2000-01-01 to 2100-12-31, as `checkRun` requires. */
export const runDay = day.superRefine((value, ctx) => {
  const message = dateProblem(value);
  if (message) ctx.addIssue({ code: 'custom', message, input: value });
});

/** Text of at most `max` characters; may be empty. */
export const text = (max: number) => z.string().max(max);

/** Text of 1 to `max` characters. */
export const requiredText = (max: number) => z.string().min(1).max(max);

/** An external link: https only, no credentials, no local hosts (the app's one allow-list). */
export const httpsUrl = z
  .string()
  .max(2048)
  .regex(/^https:\/\//, { error: 'links must start with https://.', abort: true })
  .refine(isAllowedExternalUrl, 'links must be https:// addresses of public sites.');

/** `sha256:` and 64 lowercase hex digits. */
export const sha256Ref = z
  .string()
  .regex(/^sha256:[0-9a-f]{64}$/, 'use "sha256:" followed by 64 lowercase hex digits.');

/** Any 1.x.y version: this app reads major version 1. */
export const majorOneVersion = z
  .string()
  .regex(/^1\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, 'use a version like 1.0.0.');

/** A count such as tokens: a whole number from 0. */
export const count = z.number().int().min(0).max(1_000_000_000_000);

/** Text a person typed, with surrounding white space removed; nested lists and objects too. */
function trimDeep(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(trimDeep);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, trimDeep(inner)]));
  }
  return value;
}

/**
 * A draft schema from a row schema's fields: what a person typed is trimmed, then checked by exactly the
 * rules the stored row and the bundle use, so a value the form accepts is always a valid row.
 */
export const trimmedText = <T extends z.ZodType>(schema: T) => z.preprocess(trimDeep, schema);
