export function findElectronBinary(env?: NodeJS.ProcessEnv): { path: string } | { reason: string };
export function tryDownloadElectron(timeoutMs?: number): Promise<boolean>;
