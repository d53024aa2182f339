// The review queue's places on the roadmap, loaded from their own chunks so the first screen stays light.
import { lazyModule, useLazyDefault } from '../../ui/use-lazy-default';

const loadToday = lazyModule(() => import('./today-chunk'));
const loadSession = lazyModule(() => import('./session-chunk'));

export function LazyTodayCard() {
  const TodayCard = useLazyDefault(loadToday);
  return TodayCard ? <TodayCard /> : null;
}

export function LazyReviewSession() {
  const ReviewSession = useLazyDefault(loadSession);
  return ReviewSession ? <ReviewSession /> : <p className="muted">Loading your review cards…</p>;
}
