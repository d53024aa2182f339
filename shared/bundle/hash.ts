// Content hashes of bundles: sha256 of the canonical text of everything but the hash, via WebCrypto.
import { canonicalJson, sortSections } from './canonical';
import type { PortfolioBundle, UnhashedBundle } from './schema';

/** Lowercase hex sha256 of the UTF-8 bytes of `text`; WebCrypto exists in browsers and Node 20 alike. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** `sha256:<hex>` of the canonical text of any value (review files use it too). */
export async function hashOfCanonical(value: unknown): Promise<string> {
  return `sha256:${await sha256Hex(canonicalJson(value))}`;
}

/** The hash a bundle must carry: rows are sorted first, so it never depends on database order. */
export async function computeContentHash(bundle: UnhashedBundle): Promise<string> {
  const { contentHash: _ignored, ...rest } = bundle as UnhashedBundle & { contentHash?: string };
  return hashOfCanonical(sortSections(rest));
}

/** True when the bundle's content is exactly what was hashed at export. */
export async function verifyContentHash(bundle: PortfolioBundle): Promise<boolean> {
  return (await computeContentHash(bundle)) === bundle.contentHash;
}
