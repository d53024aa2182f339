// The browser edition's DesktopApi: the same calls, sent to the loopback host that served this page.
import type {
  Answer,
  DesktopApi,
  Invoke,
  OpenedFile,
  RequestInputMap,
  ResponseMap,
} from '../../../shared/ipc/contract';
import { desktopCalls } from '../../../shared/ipc/desktop-calls';
import { fail, ok } from '../../../shared/result';
import { saveOrDownload } from './download-in-page';
import { createHttpLlmStream } from './http-llm-stream';
import { pickFileInPage } from './pick-file-in-page';
import { pickFolderInPage } from './pick-folder-in-page';

/** The HTTP twin of ipcRenderer.invoke: the host answers each channel with that channel's Result. */
export function httpInvoke(base: URL): Invoke {
  return async <K extends keyof ResponseMap>(channel: K, payload: RequestInputMap[K]): Promise<Answer<K>> => {
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
    // The host's dispatcher answers this channel with this channel's Result (electron/services/dispatch.ts).
    return (await response.json()) as Answer<K>;
  };
}

export function createHttpDesktopApi(pageUrl: string): DesktopApi {
  const base = new URL('api/', pageUrl);
  const invoke = httpInvoke(base);
  const llm = createHttpLlmStream(base);
  const calls = desktopCalls(invoke);
  return {
    ...calls,
    saveFile: async (request) => saveOrDownload(request, await calls.saveFile(request)),
    openFile: async (request): Promise<Answer<'files:open-file'>> =>
      ok<OpenedFile | null>(await pickFileInPage(request.filters ?? [])),
    openFolder: async (): Promise<Answer<'files:open-folder'>> => {
      try {
        return ok(await pickFolderInPage());
      } catch (error) {
        return fail('too-large', error instanceof Error ? error.message : 'The folder could not be read.');
      }
    },
    startLlm: (request) => llm.start(request),
    cancelLlm: async (requestId) => {
      // Stop reading at once, so the page is free even if the host never answers the cancel.
      llm.abort(requestId);
      return calls.cancelLlm(requestId);
    },
    onLlmEvent: (listener) => llm.subscribe(listener),
    // Only paths given when the host starts reach the browser edition; nothing arrives later.
    onFilesOpened: () => () => {},
  };
}
