// Where ShipReady keeps its files when nobody says otherwise: the same folder Electron's userData uses.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const appFolderName = 'ShipReady';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.SHIPREADY_DATA_DIR) return env.SHIPREADY_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), appFolderName);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', appFolderName);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), appFolderName);
}
