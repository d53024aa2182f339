// Exposes the one typed DesktopApi to the page; no generic invoke, no Node objects.
import { contextBridge, ipcRenderer } from 'electron';
import { channels, pushChannels } from '../../shared/ipc/channels';
import type { DesktopApi } from '../../shared/ipc/contract';
import type { LlmEvent } from '../../shared/llm/contract';

const desktopApi = {
  getAppInfo: () => ipcRenderer.invoke(channels.getAppInfo, {}),
  saveFile: (request) => ipcRenderer.invoke(channels.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(channels.openFile, request),
  writeBackup: (request) => ipcRenderer.invoke(channels.writeBackup, request),
  listBackups: () => ipcRenderer.invoke(channels.listBackups, {}),
  readBackup: (fileName) => ipcRenderer.invoke(channels.readBackup, { fileName }),
  getLlmSettings: () => ipcRenderer.invoke(channels.getLlmSettings, {}),
  saveLlmSettings: (update) => ipcRenderer.invoke(channels.saveLlmSettings, update),
  startLlm: (request) => ipcRenderer.invoke(channels.startLlm, request),
  cancelLlm: (requestId) => ipcRenderer.invoke(channels.cancelLlm, { requestId }),
  onLlmEvent: (listener) => {
    const forward = (_event: Electron.IpcRendererEvent, payload: LlmEvent) => listener(payload);
    ipcRenderer.on(pushChannels.llmEvent, forward);
    return () => {
      ipcRenderer.removeListener(pushChannels.llmEvent, forward);
    };
  },
  takeOpenedFiles: () => ipcRenderer.invoke(channels.takeOpenedFiles, {}),
  onFilesOpened: (listener) => {
    const forward = () => listener();
    ipcRenderer.on(pushChannels.filesOpened, forward);
    return () => {
      ipcRenderer.removeListener(pushChannels.filesOpened, forward);
    };
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('shipready', desktopApi);
