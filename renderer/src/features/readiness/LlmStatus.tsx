// What an LLM task is doing: the preview, sending, a model loading, the answer arriving (as plain text),
// or why it stopped and what to do next. The answer itself is shown by the card that asked.
import { largerTokenLimit } from '../../../../shared/llm/prompts';
import { useAppStore } from '../../store/app-store';
import { SendPreview } from './SendPreview';
import type { LlmTask } from './use-llm-task';

const toSettingsCodes = new Set([
  'auth',
  'not-configured',
  'over-cap',
  'model-not-found',
  'not-anthropic',
  'redirected',
]);

export function LlmStatus({ task }: { task: LlmTask }) {
  const goTo = useAppStore((s) => s.goTo);
  const { step, request } = task;
  const settingsLink = (
    <>
      {' '}
      <button type="button" className="link" onClick={() => goTo('settings')}>
        Open Settings
      </button>
    </>
  );
  if (step.step === 'preview')
    return (
      <SendPreview
        request={step.prompt}
        destination={step.settings.destination}
        local={step.settings.local}
        onCancel={task.cancelPreview}
        onSend={() => void task.send()}
      />
    );
  if (step.step === 'blocked')
    return (
      <p className="field-error" role="alert">
        {step.message}
        {step.toSettings && settingsLink}
      </p>
    );
  if (step.step === 'rejected')
    return (
      <p className="field-error" role="alert">
        {step.message}
      </p>
    );
  if (step.step !== 'request') return null;
  if (request.phase === 'sending' || request.phase === 'loading-model' || request.phase === 'streaming') {
    const words =
      request.phase === 'sending'
        ? 'Sending…'
        : request.phase === 'loading-model'
          ? 'Loading the model… A local model can take a few minutes the first time.'
          : 'The answer is arriving…';
    return (
      <div className="llm-progress" aria-live="polite">
        <p>
          {words}{' '}
          <button type="button" className="secondary small" onClick={task.cancel}>
            Cancel
          </button>
        </p>
        {request.phase === 'streaming' && request.text && (
          <section aria-label="Answer so far">
            <pre className="preview">{request.text}</pre>
          </section>
        )}
      </div>
    );
  }
  if (request.phase === 'failed') {
    const larger =
      request.code === 'truncated' && request.maxTokens ? largerTokenLimit(request.maxTokens) : null;
    return (
      <p
        className={request.code === 'cancelled' ? 'muted' : 'field-error'}
        role={request.code === 'cancelled' ? 'status' : 'alert'}
      >
        {request.message}
        {toSettingsCodes.has(request.code) && settingsLink}
        {larger && (
          <>
            {' '}
            <button type="button" className="link" onClick={task.retryWithLargerLimit}>
              Try again with a limit of {larger.toLocaleString('en-US')} tokens
            </button>
          </>
        )}
      </p>
    );
  }
  return null;
}
