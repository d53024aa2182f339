// A modal question with one confirming action; Escape or Cancel changes nothing.
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useEscape } from '../../app/use-escape';

interface Props {
  title: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}

export function ConfirmDialog({ title, confirmLabel, onConfirm, onCancel, children }: Props) {
  useEscape(onCancel);
  const headingId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancel.current?.focus();
  }, []);
  return (
    <div className="dialog-backdrop">
      <div className="dialog card" role="alertdialog" aria-modal="true" aria-labelledby={headingId}>
        <h2 id={headingId}>{title}</h2>
        <p>{children}</p>
        <div className="form-actions actions">
          <button type="button" className="primary" onClick={onConfirm}>
            {confirmLabel}
          </button>
          <button ref={cancel} type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
