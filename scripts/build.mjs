// Builds everything the app runs from: the renderer (Vite) and the Electron and web-host entries (esbuild).
// Usage: node scripts/build.mjs [--if-stale]   (--if-stale skips the work when dist/ is newer than the sources)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// What people run: React's production build, even when a test runner (vitest sets NODE_ENV=test) asks for
// the build; the end-to-end specs then drive the same code a person gets.
process.env.NODE_ENV = 'production';
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const stamp = join(root, 'dist', '.build-stamp');
const sourceDirs = ['renderer', 'shared', 'electron', 'content'];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function isStale() {
  let built;
  try {
    built = statSync(stamp).mtimeMs;
  } catch {
    return true;
  }
  const inputs = [
    ...sourceDirs.map((dir) => newestMtime(join(root, dir))),
    statSync(join(root, 'package-lock.json')).mtimeMs,
  ];
  return Math.max(...inputs) > built;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

export async function buildAll() {
  const steps = [
    ['content', () => run(process.execPath, [join(root, 'scripts', 'compile-content.mjs')])],
    [
      'renderer',
      () =>
        run(process.execPath, [
          join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
          'build',
          '-c',
          'renderer/vite.config.ts',
          '--logLevel',
          'warn',
        ]),
    ],
    [
      'electron + web host',
      () =>
        Promise.all([
          build({
            entryPoints: { main: 'electron/main/main.ts', preload: 'electron/preload/preload.ts' },
            outdir: 'dist/electron',
            outExtension: { '.js': '.cjs' },
            absWorkingDir: root,
            bundle: true,
            platform: 'node',
            format: 'cjs',
            target: 'node22',
            external: ['electron'],
            logLevel: 'warning',
          }),
          build({
            entryPoints: { main: 'electron/web-host/main.ts' },
            define: { __APP_VERSION__: JSON.stringify(version) },
            outdir: 'dist/web-host',
            outExtension: { '.js': '.mjs' },
            absWorkingDir: root,
            bundle: true,
            platform: 'node',
            format: 'esm',
            target: 'node20',
            logLevel: 'warning',
          }),
        ]),
    ],
  ];
  for (const [name, step] of steps) {
    const started = performance.now();
    await step();
    console.log(`built ${name} in ${Math.round(performance.now() - started)} ms`);
  }
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, new Date().toISOString());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--if-stale') && !isStale()) {
    console.log('build is up to date');
  } else {
    await buildAll();
  }
}
