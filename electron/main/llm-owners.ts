// Which page started which LLM request, so a reload, a navigation or a crashed renderer cancels its request
// at once instead of leaving the app "busy" until the request times out.
import type { WebContents } from 'electron';

export interface LlmOwners {
  started(senderId: number, requestId: string): void;
  /** Cancels every request the page started; finished ones are already forgotten by the service. */
  cancelFor(senderId: number): void;
}

export function createLlmOwners(cancel: (requestId: string) => Promise<void>): LlmOwners {
  const bySender = new Map<number, Set<string>>();
  return {
    started(senderId, requestId) {
      const ids = bySender.get(senderId) ?? new Set<string>();
      ids.add(requestId);
      bySender.set(senderId, ids);
    },
    cancelFor(senderId) {
      const ids = bySender.get(senderId);
      bySender.delete(senderId);
      for (const id of ids ?? []) void cancel(id).catch(() => {});
    },
  };
}

/** A new document in the main frame (reload or navigation), a renderer crash, or a closed page. */
export function cancelLlmWhenPageGoes(contents: Pick<WebContents, 'id' | 'on'>, owners: LlmOwners) {
  const cancel = () => owners.cancelFor(contents.id);
  contents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) cancel();
  });
  contents.on('render-process-gone', cancel);
  contents.on('destroyed', cancel);
}
