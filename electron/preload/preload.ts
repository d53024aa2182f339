// Exposes the one typed DesktopApi to the page; no generic invoke, no Node objects.
import { contextBridge, ipcRenderer } from 'electron';
import { channels } from '../../shared/ipc/channels';
import type { DesktopApi } from '../../shared/ipc/contract';

const desktopApi = {
  getAppInfo: () => ipcRenderer.invoke(channels.getAppInfo, {}),
  saveFile: (request) => ipcRenderer.invoke(channels.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(channels.openFile, request),
  writeBackup: (request) => ipcRenderer.invoke(channels.writeBackup, request),
  listBackups: () => ipcRenderer.invoke(channels.listBackups, {}),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('shipready', desktopApi);
