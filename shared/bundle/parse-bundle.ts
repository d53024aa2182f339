// Validates a portfolio bundle file completely before anything is written, naming the field of every problem.
import { capProblems } from '../portfolio/check-run';
import type { Checked, FieldProblem } from '../portfolio/types';
import {
  answerProblems,
  countProblems,
  duplicateKeyProblems,
  privacyProblems,
  referenceProblems,
} from './bundle-checks';
import { formatProblems } from './format-check';
import { isExportedText, verifyContentHash } from './hash';
import { type BundleLimits, defaultBundleLimits } from './limits';
import { readJsonText } from './read-json';
import { bundleFormat, type PortfolioBundle, portfolioBundleSchema } from './schema';
import { scanValue } from './value-scan';
import { issueMessage, problemsFromZod } from './zod-problems';

export { type BundleLimits, defaultBundleLimits } from './limits';

const refuse = (problems: FieldProblem[]): Checked<never> => ({ ok: false, problems: capProblems(problems) });

async function check(text: string, limits: BundleLimits): Promise<Checked<PortfolioBundle>> {
  const read = readJsonText(text, limits);
  if (!read.ok) return read;
  const root = read.value;
  const scan = scanValue(root, limits.maxStringLength);
  if (scan.forbiddenKeys.length > 0) return refuse(scan.forbiddenKeys);
  const format = formatProblems(root, bundleFormat);
  if (format.length > 0) return refuse(format);
  const size = [...countProblems(root, limits), ...scan.oversized];
  if (size.length > 0) return refuse(size);
  const parsed = portfolioBundleSchema.safeParse(root, { error: issueMessage });
  if (!parsed.success) return refuse(problemsFromZod(parsed.error));
  const bundle = parsed.data;
  const rows = [
    ...duplicateKeyProblems(bundle),
    ...referenceProblems(bundle),
    ...privacyProblems(bundle),
    ...answerProblems(bundle),
  ];
  if (rows.length > 0) return refuse(rows);
  // The file's own bytes when they are as exported (the usual case, and quick); else the parsed content.
  if (!((await isExportedText(text, bundle.contentHash)) || (await verifyContentHash(bundle)))) {
    return refuse([{ field: 'contentHash', message: 'the file was changed after export (hash mismatch).' }]);
  }
  return { ok: true, value: bundle };
}

/**
 * Reads a bundle file and checks everything before anything is written: size, nesting, JSON syntax,
 * forbidden keys, format and version, row counts, every field, unique ids, references between rows,
 * privacy and the content hash, in that order, stopping where later checks would mean nothing. Text such
 * as HTML, script tags or instructions aimed at an LLM is accepted as inert data and kept exactly. Never
 * rejects: every outcome, even an unexpected failure, comes back as problems (at most 50 and a count).
 */
export async function parseBundle(
  text: string,
  limits: Partial<BundleLimits> = {},
): Promise<Checked<PortfolioBundle>> {
  try {
    return await check(text, { ...defaultBundleLimits, ...limits });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refuse([{ field: 'file', message: `could not be read (${reason.slice(0, 200)}).` }]);
  }
}
