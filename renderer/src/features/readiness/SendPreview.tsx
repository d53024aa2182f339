// Shows exactly what will be sent, and to which machine, before anything is sent; Send or Cancel.
import { useEffect, useRef } from 'react';
import type { LlmPrompt } from '../../../../shared/llm/contract';
import { Modal } from '../../ui/Modal';

export function SendPreview({
  request,
  destination,
  local,
  onSend,
  onCancel,
}: {
  request: LlmPrompt;
  destination: string;
  local: boolean;
  onSend: () => void;
  onCancel: () => void;
}) {
  const send = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    send.current?.focus();
  }, []);
  return (
    <Modal title="This is exactly what will be sent" onClose={onCancel} wide>
      <p className="destination">
        {local ? (
          <>
            To <strong>{destination}</strong>, a server on this machine: nothing leaves it.
          </>
        ) : (
          <>
            To <strong>{destination}</strong>: this leaves your machine.
          </>
        )}
      </p>
      <p className="muted small">
        {(request.system.length + request.user.length).toLocaleString()} characters, at most{' '}
        {request.maxTokens.toLocaleString()} tokens back. Your notes are not included.
      </p>
      <h3>Instructions</h3>
      <section aria-label="Instructions to be sent">
        <pre className="preview">{request.system}</pre>
      </section>
      <h3>Your data</h3>
      <section aria-label="Data to be sent">
        <pre className="preview">{request.user}</pre>
      </section>
      <div className="form-actions actions">
        <button ref={send} type="button" className="primary" onClick={onSend}>
          Send
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
