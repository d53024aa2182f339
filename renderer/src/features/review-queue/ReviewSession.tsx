// A review session: one due card at a time, reveal, tick, rate; the last rating can be taken back.
import { useCallback, useMemo, useState } from 'react';
import type { ReviewRating } from '../../../../shared/domain/review-cards';
import {
  afterRating,
  emptySession,
  type ReviewSession as Session,
  shownInSession,
  takeBackLast,
} from '../../../../shared/review-queue/session';
import { useDatabase } from '../../db/database-context';
import { describeDatabaseError } from '../../db/describe-error';
import { rateReviewCard, undoReviewRating } from '../../db/repositories/review-cards';
import { useAppStore } from '../../store/app-store';
import { useFirstScreenReady } from '../../ui/first-screen-ready';
import { ComingUp } from './ComingUp';
import { RatingButtons } from './RatingButtons';
import { ReviewCardView } from './ReviewCardView';
import { useReviewKeys } from './use-review-keys';
import { useReviewQueue } from './use-review-queue';

export function ReviewSession() {
  const db = useDatabase();
  const notify = useAppStore((state) => state.notify);
  const goTo = useAppStore((state) => state.goTo);
  const data = useReviewQueue();
  const [session, setSession] = useState<Session>(emptySession);
  const [resume, setResume] = useState<string | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [covered, setCovered] = useState<Set<number>>(new Set());
  const [answer, setAnswer] = useState('');
  const [busy, setBusy] = useState(false);
  useFirstScreenReady(data !== undefined);
  const now = new Date();
  const queue = useMemo(() => data?.queueAt(new Date(), shownInSession(session)), [data, session]);
  const currentId = resume && queue?.cardIds.includes(resume) ? resume : queue?.cardIds[0];
  const card = currentId ? data?.cardsById.get(currentId) : undefined;

  const showCard = useCallback((next: Session, cardId: string | null) => {
    setSession(next);
    setResume(cardId);
    setRevealed(false);
    setCovered(new Set());
    setAnswer('');
  }, []);
  const failed = useCallback(
    (error: unknown) =>
      notify(
        'error',
        error instanceof Error && error.name === 'Error' ? error.message : describeDatabaseError(error),
      ),
    [notify],
  );
  const rate = useCallback(
    (rating: ReviewRating) => {
      if (!card || !data || busy) return;
      setBusy(true);
      const input = { cardId: card.id, rating, covered: [...covered], idMap: data.curriculum.idMap };
      rateReviewCard(db, input)
        .then((reviewId) => showCard(afterRating(session, card.id, reviewId), null), failed)
        .finally(() => setBusy(false));
    },
    [card, data, busy, db, covered, session, showCard, failed],
  );
  const last = takeBackLast(session);
  const undo = useCallback(() => {
    if (!last || !data || busy) return;
    setBusy(true);
    undoReviewRating(db, last.undo.reviewId, data.curriculum.idMap)
      .then(() => {
        showCard(last.session, last.undo.cardId);
        notify('info', 'The last rating is taken back; the card is here to rate again.');
      }, failed)
      .finally(() => setBusy(false));
  }, [last, data, busy, db, showCard, notify, failed]);
  const reveal = useCallback(() => {
    setRevealed(true);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('#review-question')?.focus());
  }, []);
  const handlers = useMemo(
    () => ({ revealed, reveal, rate, undo: last ? undo : null }),
    [revealed, reveal, rate, undo, last],
  );
  useReviewKeys(data !== undefined, handlers);
  if (!data || !queue) return <p className="muted">Loading your review cards…</p>;
  const toggle = (index: number) =>
    setCovered((before) => {
      const next = new Set(before);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });
  return (
    <>
      <header className="page-header">
        <h1>Today’s review</h1>
        <p className="lede" data-testid="session-progress">
          {session.rated.length} rated in this session · {queue.dueCount} due and {queue.newCount} new left
        </p>
      </header>
      {card ? (
        <>
          <ReviewCardView
            card={card}
            revealed={revealed}
            covered={covered}
            onReveal={reveal}
            onToggle={toggle}
            answer={answer}
            onAnswer={setAnswer}
            onGraded={(points) => setCovered(new Set(points))}
          />
          {revealed && (
            <RatingButtons state={data.states.get(card.id)} now={now} disabled={busy} onRate={rate} />
          )}
        </>
      ) : (
        <section className="card" aria-labelledby="review-done" data-testid="review-done">
          <h2 id="review-done">Done for today</h2>
          <p>
            {session.rated.length > 0
              ? `You rated ${session.rated.length} cards.`
              : 'No cards are due right now.'}
          </p>
          <ComingUp data={data} now={now} limit={10} />
        </section>
      )}
      <div className="actions top-gap">
        <button
          type="button"
          className="secondary"
          disabled={!last || busy}
          onClick={undo}
          aria-keyshortcuts="U"
        >
          Undo last rating (U)
        </button>
        <button type="button" className="link" onClick={() => goTo('roadmap')}>
          Back to the roadmap
        </button>
      </div>
    </>
  );
}
