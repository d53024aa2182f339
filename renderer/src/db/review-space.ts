// The mentor's review space: a database of its own, so a student's bundle never mixes with the
// mentor's own data. Append-only versions, like the main database.
import Dexie, { type EntityTable } from 'dexie';
import type { PortfolioBundle } from '../../../shared/bundle/schema';

export const reviewSpaceName = 'shipready-review-space' as const;

export interface OpenedBundle {
  /** The bundle's content hash: the same export opened twice is one entry. */
  hash: string;
  owner: string;
  openedAt: string;
  bundle: PortfolioBundle;
}

export interface ReviewDraft {
  bundleHash: string;
  mentorName: string;
  verdict: 'ready-to-apply' | 'almost' | 'not-yet';
  summary: string;
  /** `project:<id>` → up to three ideas. */
  ideas: Record<string, string[]>;
  /** `<projectId>:<rubricItemId>` → 0 to 3. */
  scores: Record<string, number>;
  updatedAt: string;
}

export class ReviewSpaceDatabase extends Dexie {
  declare bundles: EntityTable<OpenedBundle, 'hash'>;
  declare drafts: EntityTable<ReviewDraft, 'bundleHash'>;

  constructor(name: string = reviewSpaceName) {
    super(name);
    this.version(1).stores({ bundles: 'hash, owner, openedAt', drafts: 'bundleHash, updatedAt' });
  }
}

let space: ReviewSpaceDatabase | undefined;

/** Opened on first use only: a student who never reviews never creates it. */
export function reviewSpace(): ReviewSpaceDatabase {
  space ??= new ReviewSpaceDatabase();
  return space;
}

export const emptyDraft = (bundleHash: string, mentorName = ''): ReviewDraft => ({
  bundleHash,
  mentorName,
  verdict: 'almost',
  summary: '',
  ideas: {},
  scores: {},
  updatedAt: new Date().toISOString(),
});
