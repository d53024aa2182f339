// Private notes for one item, saved as you type. What is typed stays on screen even if a save fails.
import { useEffect, useId, useRef, useState } from 'react';
import { useDatabase } from '../../db/database-context';
import { describeDatabaseError } from '../../db/describe-error';
import { useNote } from '../../db/live';
import { saveNote } from '../../db/repositories/progress';

const saveDelayMs = 500;

export function NotesEditor({ itemId }: { itemId: string }) {
  const db = useDatabase();
  const stored = useNote(itemId);
  const [text, setText] = useState<string | null>(null);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | { failed: string }>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pending = useRef<string | null>(null);
  const id = useId();

  // The parent keys this editor by item, so a new item starts fresh; the stored note shows until typing.
  const shown = text ?? stored?.text ?? '';

  const flush = async () => {
    clearTimeout(timer.current);
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    setState('saving');
    try {
      const result = await saveNote(db, itemId, value);
      setState(result.ok ? 'saved' : { failed: result.error.message });
    } catch (error) {
      pending.current = value;
      setState({ failed: describeDatabaseError(error) });
    }
  };

  // Save whatever is pending when the person leaves this item.
  const flushOnLeave = useRef(flush);
  flushOnLeave.current = flush;
  useEffect(() => () => void flushOnLeave.current(), []);

  return (
    <section className="card notes" aria-labelledby={`${id}-heading`}>
      <div className="card-heading">
        <h2 id={`${id}-heading`}>Your notes</h2>
        <span className="muted small" aria-live="polite">
          {state === 'saving'
            ? 'Saving…'
            : state === 'saved'
              ? 'Saved'
              : typeof state === 'object'
                ? ''
                : 'Private to you'}
        </span>
      </div>
      <label htmlFor={id} className="visually-hidden">
        Notes
      </label>
      <textarea
        id={id}
        rows={6}
        value={shown}
        disabled={stored === undefined}
        placeholder="What clicked, what to try, where you left off…"
        onChange={(event) => {
          setText(event.target.value);
          pending.current = event.target.value;
          clearTimeout(timer.current);
          timer.current = setTimeout(() => void flush(), saveDelayMs);
        }}
        onBlur={() => void flush()}
      />
      {typeof state === 'object' && (
        <p className="field-error" role="alert">
          {state.failed}
        </p>
      )}
    </section>
  );
}
