// `npm start`: the desktop app when Electron's binary is here, otherwise the browser edition.
// `npm run web` (or --web) always starts the browser edition.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll, isStale } from './build.mjs';
import { findElectronBinary, tryDownloadElectron } from './electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const forwarded = process.argv.slice(2).filter((arg) => arg !== '--web');

if (isStale()) {
  console.log('Building ShipReady (first start or sources changed)…');
  await buildAll();
}

async function pickElectron() {
  if (process.argv.includes('--web')) return { reason: 'the browser edition was asked for' };
  const found = findElectronBinary();
  if ('path' in found || process.env.CI) return found;
  console.log('Fetching the Electron binary (one time)…');
  return (await tryDownloadElectron())
    ? findElectronBinary()
    : { reason: `${found.reason}, and the download failed` };
}

const electron = await pickElectron();
const [command, args, note] =
  'path' in electron
    ? // The project folder, not main.cjs: Electron then reads package.json and runs as ShipReady (its name,
      // version and ~/.config/ShipReady), not as "Electron".
      [electron.path, [root, ...forwarded], 'Starting the desktop app.']
    : [
        process.execPath,
        [join(root, 'dist', 'web-host', 'main.mjs'), '--open', ...forwarded],
        `Starting the browser edition because ${electron.reason}.`,
      ];
console.log(note);
// npm runs scripts in the project folder; the app runs where `npm start` was typed, so a relative file or
// --data-dir given to it means what the person meant.
const child = spawn(command, args, { cwd: process.env.INIT_CWD ?? process.cwd(), stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
