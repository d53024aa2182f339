// Registers one ipcMain handler per DesktopApi channel; each checks the sender before dispatching.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { pushChannels } from '../../shared/ipc/channels';
import { requestSchemas } from '../../shared/ipc/contract';
import type { LlmEvent } from '../../shared/llm/contract';
import { fail } from '../../shared/result';
import type { DesktopHandlers } from '../services/desktop-handlers';
import { dispatch } from '../services/dispatch';
import type { LlmOwners } from './llm-owners';
import { isAppUrl } from './web-contents-security';

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: DesktopHandlers,
  llmOwners?: Pick<LlmOwners, 'started'>,
) {
  for (const channel of Object.keys(requestSchemas) as (keyof typeof requestSchemas)[]) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      if (!isTrustedSender(event)) return fail('forbidden', 'This request did not come from ShipReady.');
      const emit = (pushed: LlmEvent) => {
        if (!event.sender.isDestroyed()) event.sender.send(pushChannels.llmEvent, pushed);
      };
      // Remember whose request this is, so leaving or crashing the page cancels it (llm-owners.ts). The id
      // is taken from the request when the page names it, since its events may start before the answer.
      const owner = event.sender.id;
      const namedId = (payload as { requestId?: unknown } | null)?.requestId;
      if (channel === 'llm:start' && typeof namedId === 'string') llmOwners?.started(owner, namedId);
      const result = await dispatch(handlers, channel, payload, console.error, { emit, senderId: owner });
      if (channel === 'llm:start' && result.ok) {
        llmOwners?.started(owner, (result.value as { requestId: string }).requestId);
      }
      return result;
    });
  }
}
