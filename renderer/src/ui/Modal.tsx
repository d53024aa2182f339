// Every dialog's frame: a backdrop, a titled modal box, and Escape to close; one place for that behaviour.
import { type ReactNode, useId } from 'react';
import { useEscape } from './use-escape';

interface Props {
  title: ReactNode;
  onClose: () => void;
  /** Wide dialogs hold tables and previews. */
  wide?: boolean;
  /** An alert dialog asks a question that needs an answer (confirmations). */
  alert?: boolean;
  children: ReactNode;
}

export function Modal({ title, onClose, wide = false, alert = false, children }: Props) {
  const headingId = useId();
  useEscape(onClose);
  const body = (
    <>
      <h2 id={headingId}>{title}</h2>
      {children}
    </>
  );
  const className = wide ? 'dialog dialog-wide card' : 'dialog card';
  return (
    <div className="dialog-backdrop">
      {alert ? (
        <div className={className} role="alertdialog" aria-modal="true" aria-labelledby={headingId}>
          {body}
        </div>
      ) : (
        <div className={className} role="dialog" aria-modal="true" aria-labelledby={headingId}>
          {body}
        </div>
      )}
    </div>
  );
}
