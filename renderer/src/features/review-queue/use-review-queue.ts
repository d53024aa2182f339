// Joins the curriculum, progress and the review log into the cards a person has, their states and today's queue.
import { useCallback, useMemo } from 'react';
import type { Curriculum } from '../../../../shared/content/schema';
import type { RatingRow, ReviewCardState } from '../../../../shared/domain/review-cards';
import { introducedCards, type ReviewCard, reviewCatalogue } from '../../../../shared/review-queue/catalogue';
import {
  buildDueQueue,
  type DueQueue,
  defaultNewCardsPerDay,
} from '../../../../shared/review-queue/due-queue';
import { currentStates, standingRatings } from '../../../../shared/review-queue/replay';
import { useCurriculum } from '../../content/curriculum-source';
import { useProgressMap, useSetting } from '../../db/live';
import { useReviewRecords } from '../../db/live-review-cards';
import { settingKeys } from '../../db/settings-keys';
import { localDayBounds } from './day-bounds';

export interface ReviewQueueData {
  curriculum: Curriculum;
  cardsById: Map<string, ReviewCard>;
  introduced: ReviewCard[];
  states: Map<string, ReviewCardState>;
  ratings: Map<string, RatingRow[]>;
  newCardsPerDay: number;
  queueAt: (now: Date, shown?: ReadonlySet<string>) => DueQueue;
}

export function useReviewQueue(): ReviewQueueData | undefined {
  const curriculum = useCurriculum();
  const progress = useProgressMap();
  const records = useReviewRecords();
  const limit = useSetting<number>(settingKeys.reviewNewCardsPerDay);
  const catalogue = useMemo(() => (curriculum ? reviewCatalogue(curriculum) : []), [curriculum]);
  const introduced = useMemo(
    () => (progress ? introducedCards(catalogue, (id) => progress.get(id)?.status ?? 'pending') : []),
    [catalogue, progress],
  );
  const derived = useMemo(() => {
    if (!records || !curriculum) return undefined;
    const ratings = standingRatings(records.log, curriculum.idMap);
    return { ratings, states: currentStates(records.cards, ratings) };
  }, [records, curriculum]);
  const newCardsPerDay = typeof limit === 'number' ? limit : defaultNewCardsPerDay;
  const queueAt = useCallback(
    (now: Date, shown?: ReadonlySet<string>) =>
      buildDueQueue({
        introduced,
        states: derived?.states ?? new Map(),
        ratings: derived?.ratings ?? new Map(),
        now,
        ...localDayBounds(now),
        newCardsPerDay,
        shown,
      }),
    [introduced, derived, newCardsPerDay],
  );
  return useMemo(() => {
    if (!curriculum || !progress || !derived || limit === undefined) return undefined;
    const cardsById = new Map(catalogue.map((card) => [card.id, card]));
    return { curriculum, cardsById, introduced, ...derived, newCardsPerDay, queueAt };
  }, [curriculum, progress, derived, limit, catalogue, introduced, newCardsPerDay, queueAt]);
}
