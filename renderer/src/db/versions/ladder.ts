// The schema's version ladder. APPEND-ONLY: each step is its own file with its own migration test, and a
// shipped step is never edited.
import type Dexie from 'dexie';
import type { SchemaVersion } from './schema-version';
import { v1InitialSchema } from './v1-initial-schema';
import { v2LinkKindsAndPrimarySkills } from './v2-link-kinds-and-primary-skills';
import { v3AddReviewQueue } from './v3-add-review-queue';
import { v4StructuredReviewKeys } from './v4-structured-review-keys';

export const versionLadder: readonly SchemaVersion[] = [
  v1InitialSchema,
  v2LinkKindsAndPrimarySkills,
  v3AddReviewQueue,
  v4StructuredReviewKeys,
];

/** Declares every version on the database, in order, with its upgrade. */
export function declareVersions(db: Dexie, ladder: readonly SchemaVersion[] = versionLadder): void {
  for (const step of ladder) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
}

/** The tables as the newest version leaves them: each step's declarations over the ones before. */
export function storesAfter(ladder: readonly SchemaVersion[] = versionLadder): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const step of ladder) {
    for (const [name, spec] of Object.entries(step.stores)) {
      if (spec === null) delete stores[name];
      else stores[name] = spec;
    }
  }
  return stores;
}

/**
 * What the next version must declare so the ladder ends where the registry is: tables that are new or
 * changed, and null for tables the registry no longer has. Empty when the ladder is up to date.
 */
export function nextStores(
  registry: Record<string, string>,
  ladder: readonly SchemaVersion[] = versionLadder,
): Record<string, string | null> {
  const current = storesAfter(ladder);
  const next: Record<string, string | null> = {};
  for (const [name, spec] of Object.entries(registry)) if (current[name] !== spec) next[name] = spec;
  for (const name of Object.keys(current)) if (!(name in registry)) next[name] = null;
  return next;
}
