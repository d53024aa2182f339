import { describe, expect, it } from 'vitest';
import { allIncluded, sampleRows } from '../../tests/fixtures/bundles/bundle-rows';
import { realCurriculum } from '../../tests/fixtures/personas/curriculum';
import { buildBundle } from '../bundle/build-bundle';
import { scoreBundleText } from './score-bundle-text';

const name = 'students/bo-02/bundle.json';
const bundleText = async () =>
  (await buildBundle({ owner: 'Bo', contentVersion: 2, rows: sampleRows(), privacy: allIncluded })).text;

describe('scoring a student’s bundle file for the cohort table', () => {
  it('checks the bundle, then scores it', async () => {
    const text = await bundleText();
    const scored = await scoreBundleText(realCurriculum, name, text);
    expect(scored.ok && scored.row).toMatchObject({
      owner: 'Bo',
      runs: 2,
      hash: JSON.parse(text).contentHash,
    });
  });

  it('names the problem, in words, of a bundle changed after export, and gives it no scores', async () => {
    const text = (await bundleText()).replace('"Reranked"', '"Reranked by hand"');
    const scored = await scoreBundleText(realCurriculum, name, text);
    expect(scored).toEqual({
      ok: false,
      problem: expect.stringMatching(/^students\/bo-02\/bundle\.json cannot be read: Content hash: /),
    });
  });

  it('names a file that is not JSON', async () => {
    const scored = await scoreBundleText(realCurriculum, name, '{"format": ');
    expect(scored.ok).toBe(false);
    expect(scored.ok ? '' : scored.problem).toMatch(/^students\/bo-02\/bundle\.json cannot be read: /);
  });
});
