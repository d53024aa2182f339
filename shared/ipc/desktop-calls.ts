// The DesktopApi's request calls, wired to their channels once for both editions (IPC and HTTP). Each
// call's answer is tagged with its channel, so wiring a method to the wrong channel fails to compile.
import { channels } from './channels';
import { cohortCalls } from './cohort-contract';
import type { DesktopApi, Invoke } from './contract';

/** Everything the DesktopApi does except subscriptions, which each edition delivers its own way. */
export type DesktopCalls = Omit<DesktopApi, 'onLlmEvent' | 'onFilesOpened'>;

export function desktopCalls(invoke: Invoke): DesktopCalls {
  return {
    ...cohortCalls(invoke),
    getAppInfo: () => invoke(channels.getAppInfo, {}),
    saveFile: (request) => invoke(channels.saveFile, request),
    openFile: (request) => invoke(channels.openFile, request),
    openFolder: () => invoke(channels.openFolder, {}),
    writeBackup: (request) => invoke(channels.writeBackup, request),
    listBackups: () => invoke(channels.listBackups, {}),
    readBackup: (fileName) => invoke(channels.readBackup, { fileName }),
    getLlmSettings: () => invoke(channels.getLlmSettings, {}),
    saveLlmSettings: (update) => invoke(channels.saveLlmSettings, update),
    startLlm: (request) => invoke(channels.startLlm, request),
    cancelLlm: (requestId) => invoke(channels.cancelLlm, { requestId }),
    findLocalLlm: () => invoke(channels.findLocalLlm, {}),
    takeOpenedFiles: () => invoke(channels.takeOpenedFiles, {}),
    savePageAsPdf: (request) => invoke(channels.savePageAsPdf, request),
  };
}
