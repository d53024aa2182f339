// Every keyboard shortcut in one list, opened with "?" from anywhere but a text field.
import { useEffect, useRef, useState } from 'react';
import { Modal } from '../ui/Modal';

const shortcuts: [string, string][] = [
  ['Alt+1 … Alt+5', 'Go to Roadmap, Portfolio, Readiness, Review, Settings'],
  ['/', 'Search lessons, skills and notes (Roadmap)'],
  ['D', 'Mark the lesson, or the focused item, done'],
  ['L', 'Mark it in progress (learning)'],
  ['S', 'Skip it, with a reason'],
  ['R', 'Reset it to not started'],
  ['← →', 'Previous or next lesson'],
  ['↑ ↓', 'Move between items in a month'],
  ['Esc', 'Close a dialog without changing anything'],
  ['?', 'Show this list'],
];

export function ShortcutsDialog() {
  const [open, setOpen] = useState(false);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing =
        !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      if (event.key === '?' && !typing) {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    if (open) close.current?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <Modal title="Keyboard shortcuts" onClose={() => setOpen(false)}>
      <dl className="facts shortcuts">
        {shortcuts.map(([keys, action]) => (
          <div key={keys} className="contents">
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <div className="form-actions">
        <button ref={close} type="button" className="primary" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
    </Modal>
  );
}
