// How large a portfolio bundle may be before it is refused unread: guards against huge or hostile files.

export interface BundleLimits {
  /** Longest accepted file, measured as the length of its text. */
  maxBytes: number;
  /** Deepest nesting of lists and objects; the document itself is level 1. */
  maxDepth: number;
  /** Most rows across all sections. */
  maxArrayItems: number;
  maxProjects: number;
  /** Longest string anywhere, keys included. */
  maxStringLength: number;
}

export const defaultBundleLimits: BundleLimits = {
  maxBytes: 25 * 1024 * 1024,
  maxDepth: 64,
  maxArrayItems: 100_000,
  maxProjects: 10_000,
  maxStringLength: 200_000,
};
