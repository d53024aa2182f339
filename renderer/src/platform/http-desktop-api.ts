// The browser edition's DesktopApi: the same calls, sent to the loopback host that served this page.
import { channels } from '../../../shared/ipc/channels';
import type { DesktopApi, OpenedFile } from '../../../shared/ipc/contract';
import { fail, ok, type Result } from '../../../shared/result';
import { createHttpLlmStream } from './http-llm-stream';
import { pickFileInPage } from './pick-file-in-page';

async function call<T>(base: URL, channel: string, payload: unknown): Promise<Result<T>> {
  let response: Response;
  try {
    response = await fetch(new URL(`./${channel}`, base), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload),
    });
  } catch {
    return fail(
      'host-unreachable',
      'ShipReady’s local host stopped answering. Start it again with npm start.',
    );
  }
  if (!response.ok) {
    return fail(
      'host-refused',
      `The local host refused the request (${response.status}). Reopen the address npm start printed.`,
    );
  }
  return (await response.json()) as Result<T>;
}

export function createHttpDesktopApi(pageUrl: string): DesktopApi {
  const base = new URL('api/', pageUrl);
  const llm = createHttpLlmStream(base);
  return {
    getAppInfo: () => call(base, channels.getAppInfo, {}),
    saveFile: (request) => call(base, channels.saveFile, request),
    openFile: async (request): Promise<Result<OpenedFile | null>> =>
      ok(await pickFileInPage(request.filters ?? [])),
    writeBackup: (request) => call(base, channels.writeBackup, request),
    listBackups: () => call(base, channels.listBackups, {}),
    readBackup: (fileName) => call(base, channels.readBackup, { fileName }),
    getLlmSettings: () => call(base, channels.getLlmSettings, {}),
    saveLlmSettings: (update) => call(base, channels.saveLlmSettings, update),
    startLlm: (request) => llm.start(request),
    cancelLlm: async (requestId) => {
      const result = await call<undefined>(base, channels.cancelLlm, { requestId });
      // If the host never answers the cancel, stop reading anyway so the page is free at once.
      llm.abort(requestId);
      return result.ok ? { ok: true, value: undefined } : result;
    },
    onLlmEvent: (listener) => llm.subscribe(listener),
    takeOpenedFiles: () => call(base, channels.takeOpenedFiles, {}),
    // Only paths given when the host starts reach the browser edition; nothing arrives later.
    onFilesOpened: () => () => {},
  };
}
