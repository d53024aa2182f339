// Exposes the one typed DesktopApi to the page; no generic invoke, no Node objects.
import { contextBridge, ipcRenderer } from 'electron';
import { pushChannels } from '../../shared/ipc/channels';
import type { DesktopApi, Invoke } from '../../shared/ipc/contract';
import { desktopCalls } from '../../shared/ipc/desktop-calls';
import type { LlmEvent } from '../../shared/llm/contract';

// The main side answers each channel with that channel's Result (see electron/main/ipc.ts).
const invoke: Invoke = (channel, payload) => ipcRenderer.invoke(channel, payload);

const desktopApi = {
  ...desktopCalls(invoke),
  onLlmEvent: (listener) => {
    const forward = (_event: Electron.IpcRendererEvent, payload: LlmEvent) => listener(payload);
    ipcRenderer.on(pushChannels.llmEvent, forward);
    return () => {
      ipcRenderer.removeListener(pushChannels.llmEvent, forward);
    };
  },
  onFilesOpened: (listener) => {
    const forward = () => listener();
    ipcRenderer.on(pushChannels.filesOpened, forward);
    return () => {
      ipcRenderer.removeListener(pushChannels.filesOpened, forward);
    };
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('shipready', desktopApi);
