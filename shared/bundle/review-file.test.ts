import { describe, expect, it } from 'vitest';
import { allIncluded, at, sampleRows } from '../../tests/fixtures/bundles/bundle-rows';
import { buildBundle } from './build-bundle';
import { canonicalJson } from './canonical';
import { buildReviewFile, parseReviewFile, type ReviewFileDraft } from './review-file';

type Result = Awaited<ReturnType<typeof parseReviewFile>>;
const problemsOf = (result: Result) =>
  result.ok ? [] : result.problems.map((problem) => `${problem.field}: ${problem.message}`);

async function draft(): Promise<ReviewFileDraft> {
  const { bundle } = await buildBundle({
    owner: 'Ada',
    contentVersion: 3,
    rows: sampleRows(),
    privacy: allIncluded,
  });
  return {
    bundleHash: bundle.contentHash,
    owner: bundle.owner.name,
    mentor: { name: 'Grace' },
    reviewedAt: at(45),
    recommendation: { verdict: 'almost', summary: 'Strong RAG work; add a deployed demo.' },
    items: [
      { itemType: 'project', itemId: 'p2', ideas: ['Start with a baseline run.'] },
      { itemType: 'evalRun', itemId: 'r2', ideas: ['Report the dataset split.', 'Add p95 latency.'] },
      { itemType: 'project', itemId: 'p1', ideas: ['<script>alert(1)</script> stays text.'] },
    ],
    rubricScores: [
      { projectId: 'p1', rubricItemId: 'eval-numbers', score: 3 },
      { projectId: 'p1', rubricItemId: 'deployed', score: 1 },
    ],
  };
}

describe('review file', () => {
  it('round trips: parse gives the review back, and building it again gives the same bytes', async () => {
    const input = await draft();
    const { review, text } = await buildReviewFile(input);
    expect(review.format).toBe('shipready-review');
    expect(review.items.map((item) => `${item.itemType}:${item.itemId}`)).toEqual([
      'evalRun:r2',
      'project:p1',
      'project:p2',
    ]);
    expect(review.rubricScores.map((score) => score.rubricItemId)).toEqual(['deployed', 'eval-numbers']);
    const parsed = await parseReviewFile(text, input.bundleHash);
    expect(parsed).toEqual({ ok: true, value: review });
    if (!parsed.ok) return;
    expect((await buildReviewFile(parsed.value)).text).toBe(text);
    const reordered = {
      ...input,
      items: [...input.items].reverse(),
      rubricScores: [...input.rubricScores].reverse(),
    };
    expect((await buildReviewFile(reordered)).text).toBe(text);
    expect(await parseReviewFile(`\uFEFF${text}`)).toEqual({ ok: true, value: review });
  });

  it('says when the review is for another version of the portfolio, and still carries it', async () => {
    const { review, text } = await buildReviewFile(await draft());
    const result = await parseReviewFile(text, `sha256:${'1'.repeat(64)}`);
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'bundleHash', message: 'this review is for a different version of your portfolio.' },
      ],
      reviewOfOtherVersion: review,
    });
  });

  it('refuses a review changed after export, without offering it', async () => {
    const { text } = await buildReviewFile(await draft());
    const result = await parseReviewFile(text.replace('"score": 1', '"score": 3'));
    expect(result).toEqual({
      ok: false,
      problems: [{ field: 'contentHash', message: 'the file was changed after export (hash mismatch).' }],
    });
  });

  it('applies the safety checks of a bundle', async () => {
    const { review, text } = await buildReviewFile(await draft());
    expect(problemsOf(await parseReviewFile(''))).toEqual(['file: the file is empty.']);
    expect(problemsOf(await parseReviewFile(`"${'x'.repeat(2 * 1024 * 1024)}"`))).toEqual([
      'file: the file is larger than 2 MB.',
    ]);
    expect(problemsOf(await parseReviewFile('['.repeat(100_000)))).toEqual([
      'file: nested deeper than 64 levels.',
    ]);
    expect(problemsOf(await parseReviewFile(text.slice(0, 200)))[0]).toMatch(/^file: not valid JSON/);
    expect(
      problemsOf(await parseReviewFile(text.replace('"mentor": {', '"mentor": {"__proto__": {},'))),
    ).toEqual(['mentor.__proto__: the key "__proto__" is not allowed.']);
    const { text: bundleText } = await buildBundle({
      owner: 'Ada',
      contentVersion: 3,
      rows: sampleRows(),
      privacy: allIncluded,
    });
    expect(problemsOf(await parseReviewFile(bundleText))).toEqual([
      'format: this is a ShipReady portfolio, not a ShipReady review file.',
    ]);
    const newer = canonicalJson({ ...review, formatVersion: '2.1.0' });
    expect(problemsOf(await parseReviewFile(newer))).toEqual([
      'formatVersion: version 2.1.0 is newer than this app reads (1.x); update ShipReady.',
    ]);
  });

  it('names every field that breaks the rules', async () => {
    const { review } = await buildReviewFile(await draft());
    const broken = canonicalJson({
      ...review,
      mentor: { name: '' },
      recommendation: { verdict: 'maybe', summary: 's'.repeat(5001) },
      items: [
        { itemType: 'project', itemId: 'p1', ideas: ['a', 'b', 'c', 'd'] },
        { itemType: 'lesson', itemId: 'x', ideas: [] },
      ],
      rubricScores: [{ projectId: 'p1', rubricItemId: 'r', score: 4 }],
      extra: true,
    });
    expect(problemsOf(await parseReviewFile(broken))).toEqual([
      'mentor.name: must not be empty.',
      'recommendation.verdict: must be "ready-to-apply", "almost" or "not-yet" (got "maybe").',
      'recommendation.summary: must be 5,000 characters or fewer (got 5,001).',
      'items[0].ideas: must hold 3 entries or fewer (got 4).',
      'items[1].itemType: must be "project", "milestone", "evalRun" or "skill" (got "lesson").',
      'items[1].ideas: must hold at least 1 entry.',
      'rubricScores[0].score: must be 3 or less (got 4).',
      'extra: is not a field of this format; remove it.',
    ]);
  });

  it('refuses the same item or rubric score twice', async () => {
    const input = await draft();
    const { review } = await buildReviewFile(input);
    const twice = canonicalJson({
      ...review,
      items: [...review.items, { itemType: 'project', itemId: 'p1', ideas: ['again'] }],
      rubricScores: [...review.rubricScores, { projectId: 'p1', rubricItemId: 'deployed', score: 2 }],
    });
    expect(problemsOf(await parseReviewFile(twice))).toEqual([
      'items[3].itemId: project "p1" appears twice.',
      'rubricScores[2].rubricItemId: "deployed" is scored twice for project "p1".',
    ]);
  });
});
