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
  /** Null until the mentor chooses one: a verdict is never preselected. */
  verdict: 'ready-to-apply' | 'almost' | 'not-yet' | null;
  summary: string;
  /** Project id → up to three ideas. */
  ideas: Record<string, string[]>;
  /** Project id → rubric item id → 0 to 3. Nested, never joined into one string: an id may hold ':'. */
  scores: Record<string, Record<string, number>>;
  updatedAt: string;
}

/**
 * Version 1 kept ideas under `project:<id>` and scores under `<projectId>:<rubricItemId>`; version 2 nests
 * them. A rubric item id never holds ':', so the old score key splits at its last ':'.
 */
export function nestDraftKeys(draft: {
  ideas?: unknown;
  scores?: unknown;
}): Pick<ReviewDraft, 'ideas' | 'scores'> {
  const ideas: Record<string, string[]> = {};
  for (const [key, list] of Object.entries((draft.ideas ?? {}) as Record<string, string[]>)) {
    ideas[key.startsWith('project:') ? key.slice('project:'.length) : key] = list;
  }
  const scores: Record<string, Record<string, number>> = {};
  for (const [key, value] of Object.entries((draft.scores ?? {}) as Record<string, unknown>)) {
    if (typeof value !== 'number') continue;
    const cut = key.lastIndexOf(':');
    if (cut <= 0) continue;
    const projectId = key.slice(0, cut);
    scores[projectId] = { ...scores[projectId], [key.slice(cut + 1)]: value };
  }
  return { ideas, scores };
}

export class ReviewSpaceDatabase extends Dexie {
  declare bundles: EntityTable<OpenedBundle, 'hash'>;
  declare drafts: EntityTable<ReviewDraft, 'bundleHash'>;

  constructor(name: string = reviewSpaceName) {
    super(name);
    // APPEND-ONLY, like the main database's ladder.
    this.version(1).stores({ bundles: 'hash, owner, openedAt', drafts: 'bundleHash, updatedAt' });
    this.version(2)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('drafts')
          .toCollection()
          .modify((draft: ReviewDraft) => Object.assign(draft, nestDraftKeys(draft))),
      );
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
  verdict: null,
  summary: '',
  ideas: {},
  scores: {},
  updatedAt: new Date().toISOString(),
});
