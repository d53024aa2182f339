import { describe, expect, it } from 'vitest';
import { allIncluded, sampleRows } from '../../tests/fixtures/bundles/bundle-rows';
import { buildBundle } from './build-bundle';
import { canonicalJson, sortSections } from './canonical';
import { computeContentHash, exportedTextOf, isExportedText, sha256Hex, verifyContentHash } from './hash';
import { parseBundle } from './parse-bundle';

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

describe('checking the hash against the file as exported', () => {
  const exported = () =>
    buildBundle({ owner: 'Ada', contentVersion: 3, rows: sampleRows(), privacy: allIncluded });

  it('finds exactly the text the exporter hashed in an untouched file', async () => {
    const { bundle, text } = await exported();
    const { contentHash, ...rest } = bundle;
    expect(exportedTextOf(text, contentHash)).toBe(canonicalJson(sortSections(rest)));
    expect(exportedTextOf(`\ufeff${text}`, contentHash)).toBe(canonicalJson(sortSections(rest)));
    expect(await isExportedText(text, contentHash)).toBe(true);
  });

  it('falls back to the parsed content when the file was only reformatted', async () => {
    const { bundle, text } = await exported();
    const crlf = text.replaceAll('\n', '\r\n');
    expect(exportedTextOf(crlf, bundle.contentHash)).toBeNull();
    expect(await isExportedText(crlf, bundle.contentHash)).toBe(false);
    expect(await parseBundle(crlf)).toMatchObject({ ok: true });
    const compact = JSON.stringify(JSON.parse(text));
    expect(exportedTextOf(compact, bundle.contentHash)).toBeNull();
    expect(await isExportedText(compact, bundle.contentHash)).toBe(false);
    expect(await parseBundle(compact)).toMatchObject({ ok: true });
  });

  it('refuses a changed value whichever way it is checked', async () => {
    const { bundle, text } = await exported();
    const changedText = text.replace('"name": "Ada"', '"name": "Grace"');
    expect(changedText).not.toBe(text);
    expect(await isExportedText(changedText, bundle.contentHash)).toBe(false);
    const parsed = await parseBundle(changedText);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.field).toBe('contentHash');
  });
});
