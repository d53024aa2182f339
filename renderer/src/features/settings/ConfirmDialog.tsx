// A modal question with one confirming action; Escape or Cancel changes nothing.
import { type ReactNode, useEffect, useRef } from 'react';
import { Modal } from '../../ui/Modal';

interface Props {
  title: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
  /** More than a sentence, shown below it: a list of what will change. */
  details?: ReactNode;
}

export function ConfirmDialog({ title, confirmLabel, onConfirm, onCancel, children, details }: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancel.current?.focus();
  }, []);
  return (
    <Modal title={title} onClose={onCancel} alert>
      <p>{children}</p>
      {details}
      <div className="form-actions actions">
        <button type="button" className="primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button ref={cancel} type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
