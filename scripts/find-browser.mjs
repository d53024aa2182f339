// Finds a Chrome, Chromium or Edge for the end-to-end suite and the bench, and installs one where the
// platform allows (Debian's package as root, else Playwright's download); otherwise says what to install.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, posix, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const linuxNames = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
  'microsoft-edge-stable',
];

/** Where each platform keeps its browsers, most likely first. */
export function browserCandidates({ platform, env, home }) {
  if (platform === 'win32') {
    const bases = [
      env.LOCALAPPDATA,
      env.PROGRAMFILES ?? env.ProgramFiles,
      env['PROGRAMFILES(X86)'] ?? env['ProgramFiles(x86)'],
    ];
    const apps = [
      'Google\\Chrome\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
      'Chromium\\Application\\chrome.exe',
    ];
    return bases.filter(Boolean).flatMap((base) => apps.map((app) => win32.join(base, app)));
  }
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
    return ['/Applications', posix.join(home, 'Applications')].flatMap((dir) =>
      apps.map((app) => posix.join(dir, app)),
    );
  }
  const dirs = (env.PATH ?? '').split(':').filter(Boolean);
  return [...dirs.flatMap((dir) => linuxNames.map((name) => posix.join(dir, name))), '/snap/bin/chromium'];
}

function sentence(platform) {
  const what =
    platform === 'darwin'
      ? 'install Google Chrome, Chromium or Microsoft Edge into /Applications'
      : platform === 'win32'
        ? 'install Google Chrome or Microsoft Edge'
        : 'install Chromium (on Debian or Ubuntu: sudo apt-get install chromium) or Google Chrome';
  return `No Chrome, Chromium or Edge was found for the end-to-end tests and none could be installed here: ${what}, or set CHROMIUM_PATH to a browser's executable.`;
}

/**
 * What to do, from what is on the machine: use a browser, install one (apt-get or Playwright's download),
 * or stop. `failed` lists the installs already tried, so each is tried once.
 */
export function decideBrowser({
  platform,
  env,
  home,
  isFile,
  playwrightPath,
  isRoot,
  isDebian,
  failed = [],
}) {
  if (env.CHROMIUM_PATH) {
    return isFile(env.CHROMIUM_PATH)
      ? { action: 'use', path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' }
      : {
          action: 'stop',
          message: `CHROMIUM_PATH is ${env.CHROMIUM_PATH}, but there is no file there: point it at a Chrome, Chromium or Edge executable, or unset it.`,
        };
  }
  const found = browserCandidates({ platform, env, home }).find(isFile);
  if (found) return { action: 'use', path: found, source: 'installed' };
  if (playwrightPath && isFile(playwrightPath))
    return { action: 'use', path: playwrightPath, source: 'playwright' };
  if (platform === 'linux' && isRoot && isDebian && !failed.includes('apt'))
    return { action: 'install', with: 'apt' };
  if (!failed.includes('playwright')) return { action: 'install', with: 'playwright' };
  return { action: 'stop', message: sentence(platform) };
}

const isFile = (path) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

function playwrightChromiumPath() {
  try {
    return createRequire(join(root, 'package.json'))('playwright-core').chromium.executablePath();
  } catch {
    return undefined;
  }
}

function machine(env, failed) {
  return {
    platform: process.platform,
    env,
    home: homedir(),
    isFile,
    playwrightPath: playwrightChromiumPath(),
    isRoot: process.getuid?.() === 0,
    isDebian:
      existsSync('/etc/debian_version') &&
      (env.PATH ?? '').split(':').some((dir) => dir && isFile(posix.join(dir, 'apt-get'))),
    failed,
  };
}

function install(how, env, log) {
  const run = (command, args, extraEnv = {}) =>
    spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv }, timeout: 600_000 }).status ===
    0;
  if (how === 'apt') {
    log('No Chrome, Chromium or Edge found: installing Debian’s chromium package (apt-get, as root)…');
    return (
      run('apt-get', ['update', '-qq']) &&
      run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
        DEBIAN_FRONTEND: 'noninteractive',
      })
    );
  }
  log('No Chrome, Chromium or Edge found: downloading Playwright’s Chromium (one time, needs the internet)…');
  return run(process.execPath, [
    join(root, 'node_modules', 'playwright-core', 'cli.js'),
    'install',
    '--no-shell',
    'chromium',
  ]);
}

/**
 * Resolves to a browser's path, installing one if needed; rejects with one sentence saying what to
 * install when nothing works.
 */
export async function ensureBrowser({ env = process.env, log = console.log } = {}) {
  const failed = [];
  for (;;) {
    const decision = decideBrowser(machine(env, failed));
    if (decision.action === 'use') return decision.path;
    if (decision.action === 'stop') throw new Error(decision.message);
    // Each install is tried once; the next round finds what it installed, or moves on to the next way.
    if (!install(decision.with, env, log)) log(`That install did not finish (${decision.with}).`);
    failed.push(decision.with);
  }
}

/** The browser to launch, never installing; throws the sentence saying what to install. */
export function findBrowser(env = process.env) {
  const decision = decideBrowser(machine(env, ['apt', 'playwright']));
  if (decision.action === 'use') return decision.path;
  throw new Error(decision.message);
}

// `node scripts/find-browser.mjs [--dry-run]`: prints the browser, or what would be installed.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--dry-run')) {
    console.log(JSON.stringify(decideBrowser(machine(process.env, []))));
  } else {
    try {
      console.log(await ensureBrowser());
    } catch (error) {
      console.error(error.message);
      process.exit(1);
    }
  }
}
