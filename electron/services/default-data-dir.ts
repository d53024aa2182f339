// Where ShipReady keeps its files: the folder asked for (`--data-dir DIR`, then SHIPREADY_DATA_DIR), or the
// same folder Electron's userData uses.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const appFolderName = 'ShipReady';

/** The value of `--data-dir DIR` or `--data-dir=DIR`, the last one given; undefined when absent or empty. */
export function dataDirArgument(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === '--data-dir') found = argv[index + 1];
    else if (arg.startsWith('--data-dir=')) found = arg.slice('--data-dir='.length);
  });
  return found ? found : undefined;
}

/** The folder someone asked for, made absolute against the folder they launched from; undefined if none. */
export function requestedDataDir(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): string | undefined {
  const asked = dataDirArgument(argv) ?? (env.SHIPREADY_DATA_DIR || undefined);
  return asked === undefined ? undefined : resolve(cwd, asked);
}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.SHIPREADY_DATA_DIR) return env.SHIPREADY_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), appFolderName);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', appFolderName);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), appFolderName);
}
