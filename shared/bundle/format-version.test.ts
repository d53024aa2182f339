// Bundle format 1.1.0 added optional project fields: a 1.0.0 bundle still reads, a 2.x one is refused.
import { describe, expect, it } from 'vitest';
import { allIncluded, sampleRows } from '../../tests/fixtures/bundles/bundle-rows';
import { buildBundle } from './build-bundle';
import { canonicalJson } from './canonical';
import { computeContentHash } from './hash';
import { parseBundle } from './parse-bundle';
import { bundleFormatVersion, type UnhashedBundle } from './schema';

async function withVersion(formatVersion: string): Promise<string> {
  const { bundle } = await buildBundle({
    owner: 'Ada',
    contentVersion: 3,
    rows: sampleRows(),
    privacy: allIncluded,
  });
  const { contentHash: _old, ...rest } = bundle;
  const unhashed = { ...rest, formatVersion } as UnhashedBundle;
  return canonicalJson({ ...unhashed, contentHash: await computeContentHash(unhashed) });
}

describe('bundle format version', () => {
  it('writes 1.1.0', () => {
    expect(bundleFormatVersion).toBe('1.1.0');
  });

  it('reads a bundle written as 1.0.0, before primary skills and link kinds', async () => {
    const checked = await parseBundle(await withVersion('1.0.0'));
    expect(checked.ok).toBe(true);
  });

  it('refuses a 2.0.0 bundle', async () => {
    const checked = await parseBundle(await withVersion('2.0.0'));
    expect(checked.ok).toBe(false);
  });
});
