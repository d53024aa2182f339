// Builds a portfolio bundle from database rows: privacy applied, rows sorted, hashed, written canonically.

import type { BundleRows } from '../domain/tables';
import { canonicalJson, sortSections } from './canonical';
import { exportSections } from './export-rows';
import { computeContentHash } from './hash';
import {
  type BundlePrivacy,
  bundleFormat,
  bundleFormatVersion,
  type PortfolioBundle,
  type UnhashedBundle,
} from './schema';

export type { BundleRows } from '../domain/tables';
export { rowsFromBundle } from './rows';

export interface BuildBundleInput {
  /** The person's name as it should appear to a mentor; 0 to 120 characters. */
  owner: string;
  /** The curriculum content version the item ids refer to. */
  contentVersion: number;
  /** When the file is written; a merge never stores a time from the file later than this. */
  exportedAt?: string | undefined;
  rows: BundleRows;
  /** true = included. */
  privacy: BundlePrivacy;
}

/**
 * The bundle and its file text (`canonicalJson(bundle)`). Export, import, export gives the same bytes:
 * `buildBundle` of `rowsFromBundle(parsed)` with the same owner, content version and privacy returns `text`
 * unchanged. It does not validate the rows: an exporter that must be sure the file imports runs
 * `parseBundle(text)`. Rejects only when a row holds something JSON cannot carry (NaN, Infinity).
 */
export async function buildBundle(
  input: BuildBundleInput,
): Promise<{ bundle: PortfolioBundle; text: string }> {
  const privacy: BundlePrivacy = {
    notes: input.privacy.notes,
    resources: input.privacy.resources,
    costs: input.privacy.costs,
    llmAnswers: input.privacy.llmAnswers,
    reviewLog: input.privacy.reviewLog ?? false,
  };
  const unhashed: UnhashedBundle = sortSections({
    format: bundleFormat,
    formatVersion: bundleFormatVersion,
    contentVersion: input.contentVersion,
    owner: { name: input.owner },
    ...(input.exportedAt === undefined ? {} : { exportedAt: input.exportedAt }),
    sections: exportSections(input.rows, privacy),
    privacy,
  });
  const bundle: PortfolioBundle = { ...unhashed, contentHash: await computeContentHash(unhashed) };
  return { bundle, text: canonicalJson(bundle) };
}
