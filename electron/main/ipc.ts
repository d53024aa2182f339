// Registers one ipcMain handler per DesktopApi channel; each checks the sender before dispatching.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { pushChannels } from '../../shared/ipc/channels';
import { requestSchemas } from '../../shared/ipc/contract';
import type { LlmEvent } from '../../shared/llm/contract';
import { fail } from '../../shared/result';
import type { DesktopHandlers } from '../services/desktop-handlers';
import { dispatch } from '../services/dispatch';
import { isAppUrl } from './web-contents-security';

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, handlers: DesktopHandlers) {
  for (const channel of Object.keys(requestSchemas) as (keyof typeof requestSchemas)[]) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      if (!isTrustedSender(event)) return fail('forbidden', 'This request did not come from ShipReady.');
      const emit = (pushed: LlmEvent) => {
        if (!event.sender.isDestroyed()) event.sender.send(pushChannels.llmEvent, pushed);
      };
      return dispatch(handlers, channel, payload, console.error, { emit });
    });
  }
}
