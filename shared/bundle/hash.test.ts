import { describe, expect, it } from 'vitest';
import { allIncluded, sampleRows } from '../../tests/fixtures/bundles/bundle-rows';
import { buildBundle } from './build-bundle';
import { computeContentHash, sha256Hex, verifyContentHash } from './hash';

describe('sha256Hex', () => {
  it('matches the published test vectors and hashes UTF-8 bytes', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('\u00e9')).toBe(
      '4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c',
    );
    expect(await sha256Hex('\u00e9')).not.toBe(await sha256Hex('e\u0301'));
  });
});

describe('content hash', () => {
  it('ignores row order and the hash field itself, and changes with any value', async () => {
    const { bundle } = await buildBundle({
      owner: 'Ada',
      contentVersion: 3,
      rows: sampleRows(),
      privacy: allIncluded,
    });
    const reordered = {
      ...bundle,
      sections: { ...bundle.sections, projects: [...bundle.sections.projects].reverse() },
    };
    expect(await computeContentHash(reordered)).toBe(bundle.contentHash);
    expect(await verifyContentHash(reordered)).toBe(true);
    expect(bundle.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const renamed = { ...bundle, owner: { name: 'Grace' } };
    expect(await verifyContentHash(renamed)).toBe(false);
  });
});
