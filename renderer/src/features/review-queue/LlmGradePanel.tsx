// Optional: the LLM grades the answer typed before the reveal against the card's answer points, with the
// mock interview's preview, cap and confirmation; it ticks the points it found and proposes a rating.
import { useState } from 'react';
import type { ReviewRating } from '../../../../shared/domain/review-cards';
import { interviewGradeSchema } from '../../../../shared/llm/answers';
import { buildInterviewRequest } from '../../../../shared/llm/prompts';
import { checkLlmGrade } from '../../../../shared/readiness/mock-grade';
import type { ReviewCard } from '../../../../shared/review-queue/catalogue';
import { proposedRating } from '../../../../shared/review-queue/proposed-rating';
import { LlmStatus } from '../readiness/LlmStatus';
import { useLlmTask } from '../readiness/use-llm-task';

const ratingNames: Record<ReviewRating, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

export interface LlmGradePanelProps {
  card: ReviewCard;
  answer: string;
  onGraded: (covered: number[]) => void;
}

export function LlmGradePanel({ card, answer, onGraded }: LlmGradePanelProps) {
  const [proposal, setProposal] = useState<{
    rating: ReviewRating;
    covered: number;
    dropped: string[];
  } | null>(null);
  const total = card.answerPoints.length;
  const task = useLlmTask({
    kind: 'mock-interview',
    build: () =>
      buildInterviewRequest({ question: card.question, strongAnswerCovers: card.answerPoints }, answer),
    schema: interviewGradeSchema,
    // Stored as LLM feedback (cost and cap), shaped so readiness never reads it as a self-check result.
    toStored: (grade) => ({ source: 'review-card', cardId: card.id, grade, answerText: answer, total }),
    onSaved: (grade) => {
      const checked = checkLlmGrade(grade, total);
      onGraded(checked.covered);
      setProposal({
        rating: proposedRating(checked.covered.length, total),
        covered: checked.covered.length,
        dropped: checked.dropped,
      });
    },
  });
  if (answer.trim() === '') return null;
  return (
    <div className="top-gap" data-testid="llm-grade">
      <button type="button" className="secondary" onClick={() => void task.prepare()}>
        Grade my typed answer with the LLM
      </button>
      <LlmStatus task={task} />
      {task.step.step === 'answered' && (
        <p className="muted small">
          {task.step.answer.feedback} {task.step.note}
        </p>
      )}
      {proposal && (
        <p role="status">
          The LLM found {proposal.covered} of {total} points and proposes {ratingNames[proposal.rating]} (
          {proposal.rating}). Check the ticks, then rate: your rating is the one that counts.
          {proposal.dropped.length > 0 && ` Ignored: ${proposal.dropped.join('; ')}.`}
        </p>
      )}
    </div>
  );
}
