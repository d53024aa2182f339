// One card: the question, a moment to think (or type), then its answer points to tick off against your answer.

import { maxInterviewAnswerChars } from '../../../../shared/llm/prompts';
import type { ReviewCard } from '../../../../shared/review-queue/catalogue';
import { LlmGradePanel } from './LlmGradePanel';

export interface ReviewCardViewProps {
  card: ReviewCard;
  revealed: boolean;
  covered: ReadonlySet<number>;
  onReveal: () => void;
  onToggle: (index: number) => void;
  answer: string;
  onAnswer: (text: string) => void;
  onGraded: (covered: number[]) => void;
}

export function ReviewCardView(props: ReviewCardViewProps) {
  const { card, revealed, covered, onReveal, onToggle, answer } = props;
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
          <LlmGradePanel card={card} answer={answer} onGraded={props.onGraded} />
        </fieldset>
      ) : (
        <>
          <p className="muted">Answer it in your head or out loud first, then look at the points.</p>
          <label htmlFor="review-answer">
            Or type your answer (optional; the LLM can grade it after the reveal)
          </label>
          <textarea
            id="review-answer"
            rows={3}
            maxLength={maxInterviewAnswerChars}
            value={answer}
            onChange={(event) => props.onAnswer(event.target.value)}
          />
          <button type="button" className="primary" onClick={onReveal} aria-keyshortcuts="Space">
            Show the answer points (Space)
          </button>
        </>
      )}
    </article>
  );
}
