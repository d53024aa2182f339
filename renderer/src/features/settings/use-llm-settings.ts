// The desktop side's LLM settings as the Settings page shows them: read once, replaced after each save,
// so the page's lede and the LLM card always agree on where data goes.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { LlmSettings } from '../../../../shared/llm/contract';
import { desktopApi } from '../../platform/desktop-api';

let current: LlmSettings | null = null;
const listeners = new Set<() => void>();

export function publishLlmSettings(settings: LlmSettings): void {
  current = settings;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/** The settings, or null until they are read; a failed read calls `onError` with its message. */
export function useLlmSettings(onError: (message: string) => void): LlmSettings | null {
  const settings = useSyncExternalStore(subscribe, () => current);
  const reportError = useRef(onError);
  reportError.current = onError;
  useEffect(() => {
    let live = true;
    desktopApi()
      .getLlmSettings()
      .then((result) => {
        if (!live) return;
        if (result.ok) publishLlmSettings(result.value);
        else reportError.current(result.error.message);
      });
    return () => {
      live = false;
    };
  }, []);
  return settings;
}
