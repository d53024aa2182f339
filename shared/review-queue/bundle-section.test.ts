// The review log in a portfolio bundle: off unless chosen, carried exactly when chosen, and a bundle
// written before the switch existed still opens.
import { describe, expect, it } from 'vitest';
import { changed, problemsOf, sampleRows } from '../../tests/fixtures/bundles/bundle-rows';
import { buildBundle, rowsFromBundle } from '../bundle/build-bundle';
import { parseBundle } from '../bundle/parse-bundle';

const build = (reviewLog: boolean | undefined) =>
  buildBundle({
    owner: 'Ada',
    contentVersion: 3,
    rows: sampleRows(),
    privacy: {
      notes: true,
      resources: true,
      costs: true,
      llmAnswers: true,
      ...(reviewLog === undefined ? {} : { reviewLog }),
    },
  });

describe('the review log in a bundle', () => {
  it('is left out unless the person switches it on', async () => {
    const { bundle } = await build(undefined);
    expect(bundle.sections.reviewLog).toBeUndefined();
    expect(bundle.privacy.reviewLog).toBe(false);
  });

  it('travels whole when switched on, and reads back as the same rows', async () => {
    const { text } = await build(true);
    const parsed = await parseBundle(text);
    expect(problemsOf(parsed)).toEqual([]);
    if (parsed.ok) expect(rowsFromBundle(parsed.value).reviewLog).toEqual(sampleRows().reviewLog);
  });

  it('opens a bundle written before the switch existed (no privacy.reviewLog, no section)', async () => {
    const text = await changed((bundle) => {
      delete bundle.privacy.reviewLog;
      delete bundle.sections.reviewLog;
    });
    expect(problemsOf(await parseBundle(text))).toEqual([]);
  });

  it('refuses a review log the privacy switch says was left out, naming the section', async () => {
    const text = await changed((bundle) => {
      bundle.privacy.reviewLog = false;
    });
    expect(problemsOf(await parseBundle(text))).toEqual([
      'sections.reviewLog: is in the file, but privacy.reviewLog says it was left out.',
    ]);
  });

  it('refuses a rating outside 1 to 4', async () => {
    const text = await changed((bundle) => {
      const [first] = bundle.sections.reviewLog as Record<string, unknown>[];
      if (first) first.rating = 5;
    });
    expect(problemsOf(await parseBundle(text))[0]).toMatch(/^sections\.reviewLog\[0\]/);
  });
});
