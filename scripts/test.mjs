// `npm test`: typecheck, lint, build, then every Vitest project; ends with one plain summary line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowser } from './find-browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);
const vitestArgs = process.argv.slice(2);

function stage(name, command, args) {
  console.log(`\n▶ ${name}`);
  const started = performance.now();
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  console.log(`${status === 0 ? '✔' : '✘'} ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return status === 0;
}

// The end-to-end suite needs a Chrome, Chromium or Edge: found, or installed where the platform allows.
console.log('\n▶ browser for the end-to-end specs');
try {
  process.env.CHROMIUM_PATH = await ensureBrowser();
  console.log(`✔ browser: ${process.env.CHROMIUM_PATH}`);
} catch (error) {
  console.log(`✘ ${error.message}`);
  process.exit(1);
}

const tsc = bin('typescript', 'bin/tsc');
// The build comes first: it compiles content/ into JSON the typecheck and the tests import.
const checks = [
  stage('build', process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-stale']),
  stage('typecheck', process.execPath, [tsc, '-p', 'tsconfig.json']),
  stage('typecheck shared/ (no DOM, no Node)', process.execPath, [tsc, '-p', 'shared/tsconfig.json']),
  stage('lint', process.execPath, [bin('@biomejs/biome', 'bin/biome'), 'ci', '.']),
  stage('electronegativity', process.execPath, [join(root, 'scripts', 'electronegativity.mjs')]),
];

mkdirSync(join(root, 'test-results'), { recursive: true });
const report = join(root, 'test-results', 'vitest.json');
const testsRan = stage('tests', process.execPath, [
  bin('vitest', 'vitest.mjs'),
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...vitestArgs,
]);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests;
  skipped = results.numPendingTests + results.numTodoTests;
} catch {
  failed += 1; // No report means the runner itself failed.
}
// A runner that failed without failing a test (a config error, a crash) still counts as a failure.
if (!testsRan && failed === 0) failed = 1;
const failedChecks = checks.filter((ok) => !ok).length;
if (failedChecks > 0)
  console.log(`\n${failedChecks} check(s) before the tests failed; they count as failed below.`);
console.log(`\ntests: ${passed} passed, ${failed + failedChecks} failed, ${skipped} skipped`);
process.exit(failedChecks === 0 && testsRan && failed === 0 ? 0 : 1);
