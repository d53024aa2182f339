// What a request is doing: sending, the answer arriving (as plain text), or why it failed and what to do.
import { useAppStore } from '../../store/app-store';
import type { LlmState } from './use-llm-request';

export function LlmStatus({ state, onCancel }: { state: LlmState; onCancel: () => void }) {
  const goTo = useAppStore((s) => s.goTo);
  if (state.phase === 'sending' || state.phase === 'streaming') {
    return (
      <div className="llm-progress" aria-live="polite">
        <p>
          {state.phase === 'sending' ? 'Sending…' : 'The answer is arriving…'}{' '}
          <button type="button" className="secondary small" onClick={onCancel}>
            Cancel
          </button>
        </p>
        {state.phase === 'streaming' && state.text && (
          <section aria-label="Answer so far">
            <pre className="preview">{state.text}</pre>
          </section>
        )}
      </div>
    );
  }
  if (state.phase === 'failed') {
    return (
      <p
        className={state.code === 'cancelled' ? 'muted' : 'field-error'}
        role={state.code === 'cancelled' ? 'status' : 'alert'}
      >
        {state.message}
        {state.code === 'auth' && (
          <>
            {' '}
            <button type="button" className="link" onClick={() => goTo('settings')}>
              Open Settings
            </button>
          </>
        )}
      </p>
    );
  }
  return null;
}
