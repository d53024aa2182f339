// One card: the question, a moment to think, then its answer points to tick off against what you said.
import type { ReviewCard } from '../../../../shared/review-queue/catalogue';

export interface ReviewCardViewProps {
  card: ReviewCard;
  revealed: boolean;
  covered: ReadonlySet<number>;
  onReveal: () => void;
  onToggle: (index: number) => void;
}

export function ReviewCardView({ card, revealed, covered, onReveal, onToggle }: ReviewCardViewProps) {
  return (
    <article
      className="card"
      aria-labelledby="review-question"
      data-testid="review-card"
      data-card-id={card.id}
    >
      <p className="eyebrow">
        {card.kind === 'self-check' ? 'Self-check' : 'Lesson question'} · {card.sourceTitle}
      </p>
      <h2 id="review-question" className="question" tabIndex={-1}>
        {card.question}
      </h2>
      {revealed ? (
        <fieldset className="checklist">
          <legend>Tick the points your answer covered</legend>
          {card.answerPoints.map((point, index) => (
            <label key={point} className="checkbox">
              <input type="checkbox" checked={covered.has(index)} onChange={() => onToggle(index)} />
              {point}
            </label>
          ))}
        </fieldset>
      ) : (
        <>
          <p className="muted">Answer it in your head or out loud first, then look at the points.</p>
          <button type="button" className="primary" onClick={onReveal} aria-keyshortcuts="Space">
            Show the answer points (Space)
          </button>
        </>
      )}
    </article>
  );
}
