// Tells the app's other open windows that their data was replaced (a restore or an import), so each says
// so and its editors take the new rows instead of writing their stale copies back.

/** The one BroadcastChannel every window of the app listens on. */
export const crossWindowChannelName = 'shipready.data-replaced' as const;

export interface DataReplaced {
  kind: 'data-replaced';
  by: 'restore' | 'import';
}

// One channel object per window: a channel never hears its own messages, so this window's own restore
// is not announced back to it.
let channel: BroadcastChannel | null = null;
const listeners = new Set<(message: DataReplaced) => void>();

function windowChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  if (channel === null) {
    channel = new BroadcastChannel(crossWindowChannelName);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data as Partial<DataReplaced> | null;
      if (message?.kind !== 'data-replaced' || (message.by !== 'restore' && message.by !== 'import')) return;
      for (const listener of listeners) listener({ kind: 'data-replaced', by: message.by });
    };
  }
  return channel;
}

export function announceDataReplaced(by: DataReplaced['by']): void {
  windowChannel()?.postMessage({ kind: 'data-replaced', by } satisfies DataReplaced);
}

/** Calls `listener` when another window replaced the data; returns the unsubscribe. */
export function onDataReplaced(listener: (message: DataReplaced) => void): () => void {
  windowChannel();
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export const dataReplacedNotice = (by: DataReplaced['by']): string =>
  by === 'restore'
    ? 'Your data was restored from a backup in another window; this window now shows the restored data.'
    : 'An import in another window changed your data; this window now shows it.';
