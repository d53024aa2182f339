// The mentor's review file: a hashed, canonical JSON document of ideas and rubric scores for one bundle.
import { z } from 'zod';
import { majorOneVersion, requiredText, rowId, sha256Ref, text, timestamp } from '../domain/fields';
import { capProblems } from '../portfolio/check-run';
import type { FieldProblem } from '../portfolio/types';
import { canonicalJson, compareCodePoints } from './canonical';
import { formatProblems } from './format-check';
import { hashOfCanonical } from './hash';
import { readJsonText } from './read-json';
import { scanValue } from './value-scan';
import { issueMessage, problemsFromZod } from './zod-problems';

export const reviewFileFormat = 'shipready-review';
export const reviewFileFormatVersion = '1.0.0';
export const reviewVerdicts = ['ready-to-apply', 'almost', 'not-yet'] as const;
export const reviewItemTypes = ['project', 'milestone', 'evalRun', 'skill'] as const;

export const reviewFileLimits = { maxBytes: 2 * 1024 * 1024, maxDepth: 64, maxStringLength: 20_000 };

export const reviewFileSchema = z.strictObject({
  format: z.literal(reviewFileFormat),
  formatVersion: majorOneVersion,
  /** The contentHash of the portfolio bundle that was reviewed. */
  bundleHash: sha256Ref,
  /** The student's name, from the bundle. */
  owner: text(120),
  mentor: z.strictObject({ name: requiredText(120) }),
  reviewedAt: timestamp,
  recommendation: z.strictObject({ verdict: z.enum(reviewVerdicts), summary: text(5_000) }),
  items: z
    .array(
      z.strictObject({
        itemType: z.enum(reviewItemTypes),
        itemId: rowId,
        ideas: z.array(requiredText(1_000)).min(1).max(3),
      }),
    )
    .max(20_000),
  rubricScores: z
    .array(z.strictObject({ projectId: rowId, rubricItemId: rowId, score: z.number().int().min(0).max(3) }))
    .max(20_000),
  contentHash: sha256Ref,
});

export type ReviewFile = z.infer<typeof reviewFileSchema>;

/** What the mentor wrote; the format, version and hash are added by `buildReviewFile`. */
export type ReviewFileDraft = Omit<ReviewFile, 'format' | 'formatVersion' | 'contentHash'>;

/** Items by type then id, scores by project then rubric item: the file never depends on the order of editing. */
function sortReview<R extends ReviewFileDraft>(review: R): R {
  return {
    ...review,
    items: [...review.items].sort(
      (a, b) => compareCodePoints(a.itemType, b.itemType) || compareCodePoints(a.itemId, b.itemId),
    ),
    rubricScores: [...review.rubricScores].sort(
      (a, b) =>
        compareCodePoints(a.projectId, b.projectId) || compareCodePoints(a.rubricItemId, b.rubricItemId),
    ),
  };
}

async function reviewHash(review: Omit<ReviewFile, 'contentHash'>): Promise<string> {
  const { contentHash: _ignored, ...rest } = review as Omit<ReviewFile, 'contentHash'> & {
    contentHash?: string;
  };
  return hashOfCanonical(sortReview(rest));
}

/** The review file and its text (`canonicalJson(review)`); items and scores sorted, content hashed. */
export async function buildReviewFile(draft: ReviewFileDraft): Promise<{ review: ReviewFile; text: string }> {
  const unhashed = sortReview({
    format: reviewFileFormat,
    formatVersion: reviewFileFormatVersion,
    bundleHash: draft.bundleHash,
    owner: draft.owner,
    mentor: { name: draft.mentor.name },
    reviewedAt: draft.reviewedAt,
    recommendation: { verdict: draft.recommendation.verdict, summary: draft.recommendation.summary },
    items: draft.items.map((item) => ({
      itemType: item.itemType,
      itemId: item.itemId,
      ideas: [...item.ideas],
    })),
    rubricScores: draft.rubricScores.map((score) => ({ ...score })),
  } satisfies Omit<ReviewFile, 'contentHash'>);
  const review: ReviewFile = { ...unhashed, contentHash: await reviewHash(unhashed) };
  return { review, text: canonicalJson(review) };
}

function duplicateProblems(review: ReviewFile): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const items = new Set<string>();
  review.items.forEach((item, index) => {
    const key = `${item.itemType}\u0000${item.itemId}`;
    if (items.has(key)) {
      problems.push({
        field: `items[${index}].itemId`,
        message: `${item.itemType} ${JSON.stringify(item.itemId)} appears twice.`,
      });
    }
    items.add(key);
  });
  const scores = new Set<string>();
  review.rubricScores.forEach((score, index) => {
    const key = `${score.projectId}\u0000${score.rubricItemId}`;
    if (scores.has(key)) {
      problems.push({
        field: `rubricScores[${index}].rubricItemId`,
        message: `${JSON.stringify(score.rubricItemId)} is scored twice for project ${JSON.stringify(score.projectId)}.`,
      });
    }
    scores.add(key);
  });
  return problems;
}

export type ReviewFileCheck =
  | { ok: true; value: ReviewFile }
  | {
      ok: false;
      problems: FieldProblem[];
      /**
       * Set only when the file is sound but reviews another version of the portfolio (the one problem is
       * `bundleHash`): the UI may still show it, with a warning that the portfolio changed since.
       */
      reviewOfOtherVersion?: ReviewFile;
    };

const refuse = (problems: FieldProblem[]): ReviewFileCheck => ({
  ok: false,
  problems: capProblems(problems),
});

async function check(text: string, expectedBundleHash: string | undefined): Promise<ReviewFileCheck> {
  const read = readJsonText(text, reviewFileLimits);
  if (!read.ok) return read;
  const scan = scanValue(read.value, reviewFileLimits.maxStringLength);
  if (scan.forbiddenKeys.length > 0) return refuse(scan.forbiddenKeys);
  const format = formatProblems(read.value, reviewFileFormat);
  if (format.length > 0) return refuse(format);
  if (scan.oversized.length > 0) return refuse(scan.oversized);
  const parsed = reviewFileSchema.safeParse(read.value, { error: issueMessage });
  if (!parsed.success) return refuse(problemsFromZod(parsed.error));
  const review = parsed.data;
  const duplicates = duplicateProblems(review);
  if (duplicates.length > 0) return refuse(duplicates);
  if ((await reviewHash(review)) !== review.contentHash) {
    return refuse([{ field: 'contentHash', message: 'the file was changed after export (hash mismatch).' }]);
  }
  if (expectedBundleHash !== undefined && review.bundleHash !== expectedBundleHash) {
    return {
      ok: false,
      problems: [
        { field: 'bundleHash', message: 'this review is for a different version of your portfolio.' },
      ],
      reviewOfOtherVersion: review,
    };
  }
  return { ok: true, value: review };
}

/**
 * Reads a mentor's review file with the same safety checks as a bundle (2 MB, nesting, forbidden keys,
 * every field, the content hash). With `expectedBundleHash`, a review of another version of the portfolio
 * is a `bundleHash` problem that still carries the review. Never rejects.
 */
export async function parseReviewFile(text: string, expectedBundleHash?: string): Promise<ReviewFileCheck> {
  try {
    return await check(text, expectedBundleHash);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refuse([{ field: 'file', message: `could not be read (${reason.slice(0, 200)}).` }]);
  }
}
