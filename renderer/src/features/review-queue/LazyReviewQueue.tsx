// The review queue's places on the roadmap, loaded from their own chunks so the first screen stays light.
import { useAfterFirstScreen } from '../../ui/first-screen-ready';
import { lazyModule, useLazyDefault } from '../../ui/use-lazy-default';

const loadToday = lazyModule(() => import('./today-chunk'));
const loadSession = lazyModule(() => import('./session-chunk'));

/** Its chunk (the scheduler) and its reads start once the first screen is drawn; it never held that screen up. */
export function LazyTodayCard() {
  return useAfterFirstScreen() ? <TodayCardFromChunk /> : null;
}

function TodayCardFromChunk() {
  const TodayCard = useLazyDefault(loadToday);
  return TodayCard ? <TodayCard /> : null;
}

export function LazyReviewSession() {
  const ReviewSession = useLazyDefault(loadSession);
  return ReviewSession ? <ReviewSession /> : <p className="muted">Loading your review cards…</p>;
}
