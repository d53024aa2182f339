// Shows exactly what will be sent before anything leaves the machine; Send or Cancel.
import { useEffect, useRef } from 'react';
import type { LlmRequest } from '../../../../shared/llm/contract';
import { Modal } from '../../app/Modal';

export function SendPreview({
  request,
  onSend,
  onCancel,
}: {
  request: LlmRequest;
  onSend: () => void;
  onCancel: () => void;
}) {
  const send = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    send.current?.focus();
  }, []);
  return (
    <Modal title="This is exactly what will be sent" onClose={onCancel} wide>
      <p className="muted small">
        {(request.system.length + request.user.length).toLocaleString()} characters, at most{' '}
        {request.maxTokens} tokens back. Your notes are not included.
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
