// "Review my readiness": evidence summary → preview → streamed answer → validated → stored (or not).
import { useEffect, useState } from 'react';
import { parseModelJson, type ReviewAnswer, reviewAnswerSchema } from '../../../../shared/llm/answers';
import { isLocalBaseUrl, type LlmRequest } from '../../../../shared/llm/contract';
import { estimateCostUsd } from '../../../../shared/llm/pricing';
import { buildReviewRequest } from '../../../../shared/llm/prompts';
import { evidenceSummary } from '../../../../shared/readiness/evidence-summary';
import { useDatabase } from '../../db/database-context';
import { cachedFeedback, saveFeedback } from '../../db/repositories/feedback';
import { desktopApi } from '../../platform/desktop-api';
import { useAppStore } from '../../store/app-store';
import { LlmStatus } from './LlmStatus';
import { checkBeforeSending } from './llm-gate';
import { ReviewAnswerView } from './ReviewAnswerView';
import { SendPreview } from './SendPreview';
import { hashRequest, useLlmRequest } from './use-llm-request';
import type { ReadinessData } from './use-readiness';

export function ReviewCard({ data }: { data: ReadinessData }) {
  const db = useDatabase();
  const goTo = useAppStore((state) => state.goTo);
  const llm = useLlmRequest();
  const [preview, setPreview] = useState<{ request: LlmRequest; hash: string } | null>(null);
  const [answer, setAnswer] = useState<{ value: ReviewAnswer; note: string } | null>(null);
  const [blocked, setBlocked] = useState<{ message: string; toSettings: boolean } | null>(null);

  async function prepare() {
    setBlocked(null);
    const request = buildReviewRequest(evidenceSummary(data.input, data.readiness));
    const hash = await hashRequest(request);
    const cached = await cachedFeedback(db, hash);
    const parsed = cached && reviewAnswerSchema.safeParse(cached.answer);
    if (cached && parsed?.success) {
      return setAnswer({
        value: parsed.data,
        note: `Your evidence has not changed since ${cached.createdAt.slice(0, 10)}: this is the stored answer; nothing was sent.`,
      });
    }
    const gate = await checkBeforeSending(db, request);
    if (!gate.ok) return setBlocked(gate);
    setPreview({ request, hash });
  }

  // When the stream completes: validate, then store with its cost; a malformed answer is never stored.
  const { state } = llm;
  useEffect(() => {
    if (state.phase !== 'done' || !preview) return;
    const parsed = parseModelJson(state.text, reviewAnswerSchema);
    if (!parsed.ok) {
      setBlocked({ message: `${parsed.reason} Nothing was saved.`, toSettings: false });
      return;
    }
    void (async () => {
      const settings = await desktopApi().getLlmSettings();
      const local = settings.ok && isLocalBaseUrl(settings.value.baseUrl);
      await saveFeedback(db, {
        kind: 'readiness-review',
        inputHash: preview.hash,
        model: state.model,
        inputTokens: state.inputTokens,
        outputTokens: state.outputTokens,
        estimatedCostUsd: estimateCostUsd(state.model, state.inputTokens, state.outputTokens, local),
        answer: parsed.value,
      });
      setAnswer({
        value: parsed.value,
        note: `From ${state.model}, ${state.inputTokens + state.outputTokens} tokens.`,
      });
    })();
  }, [state, preview, db]);

  return (
    <section className="card" aria-labelledby="review-heading">
      <div className="card-heading">
        <h2 id="review-heading">A mentor’s voice (optional)</h2>
        <button
          type="button"
          className="secondary"
          onClick={() => void prepare()}
          disabled={llm.state.phase === 'sending' || llm.state.phase === 'streaming'}
        >
          Review my readiness
        </button>
      </div>
      <p className="muted small">
        An LLM reads a summary of your evidence and advises. It never changes a score.
      </p>
      {blocked && (
        <p className="field-error" role="alert">
          {blocked.message}{' '}
          {blocked.toSettings && (
            <button type="button" className="link" onClick={() => goTo('settings')}>
              Open Settings
            </button>
          )}
        </p>
      )}
      <LlmStatus state={llm.state} onCancel={llm.cancel} />
      {answer && (
        <>
          <p className="muted small">{answer.note}</p>
          <ReviewAnswerView answer={answer.value} curriculum={data.curriculum} />
        </>
      )}
      {preview && llm.state.phase === 'idle' && (
        <SendPreview
          request={preview.request}
          onCancel={() => setPreview(null)}
          onSend={() => void llm.send(preview.request)}
        />
      )}
    </section>
  );
}
