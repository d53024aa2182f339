// Asks why an item is skipped, so skipped work is counted honestly. Esc or Cancel changes nothing.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { type SkipReason, skipReasons } from '../../../../shared/domain/progress';
import { Modal } from '../../ui/Modal';
import { skipReasonLabels } from './status-actions';

interface Props {
  title: string;
  onConfirm: (skip: { reason: SkipReason; note?: string }) => void;
  onCancel: () => void;
}

export function SkipDialog({ title, onConfirm, onCancel }: Props) {
  const [reason, setReason] = useState<SkipReason>('already-known');
  const [note, setNote] = useState('');
  const first = useRef<HTMLInputElement>(null);
  const headingId = useId();
  useEffect(() => {
    // Focus goes back where it was (the item or its Skip button) when the dialog closes, so the keyboard
    // carries on from there rather than from the top of the page.
    const before = document.activeElement as HTMLElement | null;
    first.current?.focus();
    return () => {
      // After the dialog is gone: only when nothing else took focus meanwhile.
      requestAnimationFrame(() => {
        const lost = !document.activeElement || document.activeElement === document.body;
        if (lost && before?.isConnected) before.focus();
      });
    };
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onConfirm({ reason, ...(note.trim() ? { note: note.trim() } : {}) });
  };
  return (
    <Modal title={<>Skip “{title}”?</>} onClose={onCancel}>
      <form className="dialog-form" onSubmit={submit} aria-label="Skip reason">
        <fieldset>
          <legend>Why are you skipping it?</legend>
          {skipReasons.map((value, index) => (
            <label key={value} className="radio">
              <input
                ref={index === 0 ? first : undefined}
                type="radio"
                name="skip-reason"
                value={value}
                checked={reason === value}
                onChange={() => setReason(value)}
              />
              {skipReasonLabels[value]}
            </label>
          ))}
        </fieldset>
        <label htmlFor={`${headingId}-note`}>Note (optional), e.g. the certificate or project</label>
        <input
          id={`${headingId}-note`}
          value={note}
          maxLength={500}
          aria-describedby={`${headingId}-note-count`}
          onChange={(event) => setNote(event.target.value)}
        />
        <span id={`${headingId}-note-count`} className="muted small">
          {note.length} of 500 characters
        </span>
        <div className="form-actions">
          <button type="submit" className="primary">
            Skip
          </button>
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
