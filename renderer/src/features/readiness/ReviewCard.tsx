// "Review my readiness": evidence summary → preview → streamed answer → validated → stored (or not).
import { reviewAnswerSchema } from '../../../../shared/llm/answers';
import { buildReviewRequest } from '../../../../shared/llm/prompts';
import { evidenceSummary } from '../../../../shared/readiness/evidence-summary';
import { LlmStatus } from './LlmStatus';
import { ReviewAnswerView } from './ReviewAnswerView';
import { useLlmTask } from './use-llm-task';
import type { ReadinessData } from './use-readiness';

export function ReviewCard({ data }: { data: ReadinessData }) {
  const task = useLlmTask({
    kind: 'readiness-review',
    build: () => buildReviewRequest(evidenceSummary(data.input, data.readiness)),
    schema: reviewAnswerSchema,
    reuseStored: true,
  });
  const { step } = task;
  return (
    <section className="card" aria-labelledby="review-heading">
      <div className="card-heading">
        <h2 id="review-heading">A mentor’s voice (optional)</h2>
        {/* Not disabled while a request runs: a second click is ignored, and Cancel stays in view. */}
        <button type="button" className="secondary" onClick={() => void task.prepare()}>
          Review my readiness
        </button>
      </div>
      <p className="muted small">
        An LLM reads a summary of your evidence and advises. It never changes a score.
      </p>
      <LlmStatus task={task} />
      {step.step === 'answered' && (
        <>
          <p className="muted small">{step.note}</p>
          <ReviewAnswerView answer={step.answer} curriculum={data.curriculum} />
        </>
      )}
    </section>
  );
}
