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
    ? [electron.path, [join(root, 'dist', 'electron', 'main.cjs'), ...forwarded], 'Starting the desktop app.']
    : [
        process.execPath,
        [join(root, 'dist', 'web-host', 'main.mjs'), '--open', ...forwarded],
        `Starting the browser edition because ${electron.reason}.`,
      ];
console.log(note);
const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
