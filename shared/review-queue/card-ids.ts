// Card ids are content ids, so a card follows its question when the curriculum moves, merges or splits it.
import type { IdMapEntry } from '../content/schema';

/** The id of a lesson's end-of-lesson question: `<lesson id>/q<n>`, n from 1 (content ids hold no slash). */
export const lessonQuestionCardId = (lessonId: string, index: number): string => `${lessonId}/q${index + 1}`;

/** Where an id lives now: each idMap entry, oldest first, sends an id in `from` to its first target. */
export function currentContentId(id: string, idMap: readonly IdMapEntry[]): string {
  let current = id;
  for (const entry of [...idMap].sort((a, b) => a.since - b.since)) {
    if (entry.from.includes(current)) current = entry.to[0] ?? current;
  }
  return current;
}

/**
 * A card id as the current curriculum names it. A lesson question follows its lesson (a merged lesson's
 * question n becomes the merged lesson's question n); a self-check card follows its own id.
 */
export function currentCardId(cardId: string, idMap: readonly IdMapEntry[]): string {
  const slash = cardId.indexOf('/');
  if (slash < 0) return currentContentId(cardId, idMap);
  return `${currentContentId(cardId.slice(0, slash), idMap)}${cardId.slice(slash)}`;
}

/** Resolves many ids at once, looking each distinct id up only once (the log repeats ids). */
export function cardIdResolver(idMap: readonly IdMapEntry[]): (cardId: string) => string {
  if (idMap.length === 0) return (cardId) => cardId;
  const known = new Map<string, string>();
  return (cardId) => {
    let current = known.get(cardId);
    if (current === undefined) {
      current = currentCardId(cardId, idMap);
      known.set(cardId, current);
    }
    return current;
  };
}

/** Every id under which the log may hold this card's ratings: its own and each older id that leads to it. */
export function cardIdAliases(cardId: string, idMap: readonly IdMapEntry[]): string[] {
  const slash = cardId.indexOf('/');
  const suffix = slash < 0 ? '' : cardId.slice(slash);
  const head = slash < 0 ? cardId : cardId.slice(0, slash);
  const older = idMap.flatMap((entry) => entry.from).filter((id) => currentContentId(id, idMap) === head);
  return [cardId, ...new Set(older)].map((id, index) => (index === 0 ? id : `${id}${suffix}`));
}
