// Saves a note as it is typed: 500 ms after the last key, at least every 2 s of steady typing, at once
// when the window hides or closes, and again on focus after a failure. A save checks the stored note is
// still the one the text was typed over; when another window or a restore changed it, both are kept
// for the person to choose.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Note } from '../../../../shared/domain/progress';
import { useDatabase } from '../../db/database-context';
import { describeDatabaseError } from '../../db/describe-error';
import { useNote } from '../../db/live';
import { saveNote } from '../../db/repositories/progress';
import { forgetUnsavedNote, keepUnsavedNote, readUnsavedNote } from './unsaved-notes';

export const quietSaveMs = 500;
export const longestUnsavedMs = 2_000;

export type NoteSaveState =
  | 'idle'
  | 'saving'
  | 'saved'
  | { failed: string }
  | { conflict: { mine: string; theirs: Note | null } };

export function useAutosavedNote(itemId: string) {
  const db = useDatabase();
  const stored = useNote(itemId);
  const [text, setText] = useState<string | null>(null);
  const [state, setState] = useState<NoteSaveState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pending = useRef<string | null>(null);
  const unsavedSince = useRef<number | null>(null);
  /** The `updatedAt` of the stored note on screen; undefined until it has loaded. */
  const basedOn = useRef<string | null | undefined>(undefined);
  const inConflict = useRef(false);
  const chain = useRef<Promise<void>>(Promise.resolve());

  const saveOnce = useCallback(async () => {
    const value = pending.current;
    if (value === null || basedOn.current === undefined || inConflict.current) return;
    // Pending stays set until the save lands, so a change arriving meanwhile never replaces this text.
    unsavedSince.current = null;
    setState('saving');
    try {
      const result = await saveNote(db, itemId, value, { updatedAt: basedOn.current });
      if (result.ok) {
        if (pending.current === value) pending.current = null;
        basedOn.current = result.value.updatedAt;
        forgetUnsavedNote(itemId, value);
        setState('saved');
      } else if (result.error.code === 'changed-elsewhere' && 'current' in result.error) {
        inConflict.current = true;
        setState({ conflict: { mine: pending.current ?? value, theirs: result.error.current } });
      } else {
        setState({ failed: result.error.message });
      }
    } catch (error) {
      setState({ failed: describeDatabaseError(error) });
    }
  }, [db, itemId]);

  /** Saves what is pending now, after any save already running. */
  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    chain.current = chain.current.then(saveOnce);
    return chain.current;
  }, [saveOnce]);

  // The stored note loads (or another window, a restore or an import changes it): show it unless the
  // person has unsaved text. On first load, text a closing window kept is saved now.
  useEffect(() => {
    if (stored === undefined) return;
    const storedAt = stored?.updatedAt ?? null;
    if (basedOn.current === undefined) {
      basedOn.current = storedAt;
      const kept = readUnsavedNote(itemId);
      if (kept === null) return;
      if (kept.text === (stored?.text ?? '')) return forgetUnsavedNote(itemId, kept.text);
      setText(kept.text);
      pending.current = kept.text;
      if (kept.basedOn !== storedAt) {
        inConflict.current = true;
        setState({ conflict: { mine: kept.text, theirs: stored } });
      } else void flush();
      return;
    }
    if (pending.current === null && !inConflict.current && storedAt !== basedOn.current) {
      basedOn.current = storedAt;
      setText(null);
    }
  }, [stored, itemId, flush]);

  const type = (value: string) => {
    setText(value);
    pending.current = value;
    const now = Date.now();
    unsavedSince.current ??= now;
    clearTimeout(timer.current);
    const waited = now - unsavedSince.current;
    if (waited >= longestUnsavedMs) void flush();
    else timer.current = setTimeout(() => void flush(), Math.min(quietSaveMs, longestUnsavedMs - waited));
  };

  /** The person chose: keep their text over the other version, or take the other version. */
  const resolve = (choice: 'mine' | 'theirs') => {
    if (typeof state !== 'object' || !('conflict' in state)) return;
    const { mine, theirs } = state.conflict;
    inConflict.current = false;
    basedOn.current = theirs?.updatedAt ?? null;
    if (choice === 'mine') {
      pending.current = mine;
      void flush();
    } else {
      pending.current = null;
      forgetUnsavedNote(itemId, mine);
      setText(null);
      setState('idle');
    }
  };

  // Hiding or closing the window keeps the text synchronously and starts the save; focus retries.
  useEffect(() => {
    const keep = () => {
      const value = pending.current;
      if (value === null || basedOn.current === undefined) return;
      keepUnsavedNote(itemId, { text: value, basedOn: basedOn.current });
      void flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') keep();
    };
    const retry = () => {
      if (pending.current !== null && !inConflict.current) void flush();
    };
    window.addEventListener('pagehide', keep);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('focus', retry);
    return () => {
      window.removeEventListener('pagehide', keep);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('focus', retry);
      keep();
    };
  }, [itemId, flush]);

  return { stored, shown: text ?? stored?.text ?? '', state, type, flush, resolve };
}
