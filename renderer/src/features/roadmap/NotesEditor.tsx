// Private notes for one item, saved as you type. What is typed stays on screen even if a save fails, and
// a note another window changed meanwhile is shown beside it, never overwritten.
import { useId } from 'react';
import { useAutosavedNote } from './use-autosaved-note';

export function NotesEditor({ itemId }: { itemId: string }) {
  const { stored, shown, state, type, flush, resolve } = useAutosavedNote(itemId);
  const id = useId();
  const conflict = typeof state === 'object' && 'conflict' in state ? state.conflict : null;

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
        onChange={(event) => type(event.target.value)}
        onBlur={() => void flush()}
      />
      {typeof state === 'object' && 'failed' in state && (
        <p className="field-error" role="alert">
          {state.failed}
        </p>
      )}
      {conflict && (
        <div className="field-error" role="alert" aria-label="Note changed in another window">
          <p>
            This note was changed in another window (or by a restore) after you started typing here. Nothing
            was saved yet; choose which to keep.
          </p>
          <p>
            <strong>The other window’s note:</strong> {conflict.theirs?.text || '(empty)'}
          </p>
          <p>
            <strong>Yours:</strong> {conflict.mine || '(empty)'}
          </p>
          <div className="form-actions">
            <button type="button" className="primary" onClick={() => resolve('mine')}>
              Keep mine
            </button>
            <button type="button" className="secondary" onClick={() => resolve('theirs')}>
              Use the other window’s
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
