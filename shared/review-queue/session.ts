// A review session: the cards rated in it (never shown again in it) and the ratings undo can take back.
export interface ReviewSession {
  /** Ratings made in this session, oldest first. */
  rated: { cardId: string; reviewId: string }[];
}

export const emptySession = (): ReviewSession => ({ rated: [] });

export const shownInSession = (session: ReviewSession): Set<string> =>
  new Set(session.rated.map((entry) => entry.cardId));

export function afterRating(session: ReviewSession, cardId: string, reviewId: string): ReviewSession {
  return { rated: [...session.rated, { cardId, reviewId }] };
}

/** The last rating to take back, and the session without it (its card is shown again); none when empty. */
export function takeBackLast(
  session: ReviewSession,
): { session: ReviewSession; undo: { cardId: string; reviewId: string } } | null {
  const undo = session.rated.at(-1);
  if (!undo) return null;
  return { session: { rated: session.rated.slice(0, -1) }, undo };
}
