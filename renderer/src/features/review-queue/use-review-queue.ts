// Joins the curriculum, progress and the review log into the cards a person has, their states and today's queue.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Curriculum } from '../../../../shared/content/schema';
import type { RatingRow, ReviewCardState } from '../../../../shared/domain/review-cards';
import { introducedCards, type ReviewCard, reviewCatalogue } from '../../../../shared/review-queue/catalogue';
import {
  buildDueQueue,
  type DueQueue,
  defaultNewCardsPerDay,
} from '../../../../shared/review-queue/due-queue';
import { currentStates, staleStates, standingRatings } from '../../../../shared/review-queue/replay';
import { useCurriculum } from '../../content/curriculum-source';
import { useDatabase } from '../../db/database-context';
import { useProgressMap, useSetting } from '../../db/live';
import { useReviewRecords } from '../../db/live-review-cards';
import { rebuildStaleStates } from '../../db/repositories/review-cards';
import { settingKeys } from '../../db/settings-keys';
import { reportWrite } from '../../ui/report-write';
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
    const states = currentStates(records.cards, ratings);
    const stale = staleStates(records.cards, states);
    return { ratings, states, stale: stale.put.length + stale.remove.length > 0 };
  }, [records, curriculum]);
  useStoreDerivedStates(derived?.stale === true, records?.log.length ?? 0, curriculum);
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
    const { ratings, states } = derived;
    return { curriculum, cardsById, introduced, ratings, states, newCardsPerDay, queueAt };
  }, [curriculum, progress, derived, limit, catalogue, introduced, newCardsPerDay, queueAt]);
}

/**
 * Log rows that arrived without their states (a merged bundle, a restore) are replayed on every read until
 * the states are stored; this stores them once per log size, so a failed write is not retried in a loop.
 */
function useStoreDerivedStates(stale: boolean, logSize: number, curriculum: Curriculum | undefined) {
  const db = useDatabase();
  const tried = useRef(-1);
  useEffect(() => {
    if (!stale || !curriculum || tried.current === logSize) return;
    tried.current = logSize;
    reportWrite(rebuildStaleStates(db, curriculum.idMap));
  }, [db, stale, logSize, curriculum]);
}
