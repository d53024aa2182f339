// Runs Doyensec's Electronegativity over the whole project and fails on any finding not explained in place.
// An explanation is an `eng-disable CHECK_ID` comment on the flagged line, next to the reason.
// The tool lives in tools/electronegativity with its own lockfile: it needs TypeScript 4's compiler API,
// and the app's TypeScript 7 has none. It is installed there from the npm registry on first use.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const toolDir = join(root, 'tools', 'electronegativity');
const lockfile = join(toolDir, 'package-lock.json');
const installedMarker = join(toolDir, 'node_modules', '.installed-from-lock');

function ensureInstalled() {
  const lock = readFileSync(lockfile, 'utf8');
  if (existsSync(installedMarker) && readFileSync(installedMarker, 'utf8') === lock) return;
  console.log(
    'Installing Electronegativity’s own tools into tools/electronegativity from the npm registry ' +
      '(first run only; later runs need no network)…',
  );
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const { status } = spawnSync(
    npm,
    ['ci', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
    {
      cwd: toolDir,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    },
  );
  if (status !== 0) {
    console.error(
      'Could not install Electronegativity: npm ci in tools/electronegativity failed (it needs the npm registry once).',
    );
    process.exit(1);
  }
  writeFileSync(installedMarker, lock);
}

// Not run, with the reason. Everything else of the tool's 42 checks runs.
const excludedChecks = {
  // Downloads Electron's release list from GitHub to look for newer security releases; CI has no network
  // beyond the npm registry. The Electron version is pinned in package.json and raised on purpose.
  AvailableSecurityFixesGlobalCheck: 'needs network access to GitHub',
};

ensureInstalled();
const require = createRequire(join(toolDir, 'package.json'));
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
// The tool prints a notice each time its translations cannot be refreshed from the network; it keeps its own.
const log = console.log;
console.log = (...args) => {
  if (!String(args[0]).includes('Could not retrieve updated translations')) log(...args);
};
const run = require('@doyensec/electronegativity');
// `--input DIR` scans another folder (the test of this script uses a small bad app); the default is the project.
const inputFlag = process.argv.indexOf('--input');
const input = inputFlag > 0 ? process.argv[inputFlag + 1] : root;
const result = await run({
  input,
  isRelative: true,
  excludeFromScan: Object.keys(excludedChecks),
  electronVersionOverride: electronVersion,
});
console.log = log;

// The version check only reports which Electron the project uses; it is information, not a finding.
const findings = result.issues.filter((issue) => issue.severity.name !== 'INFORMATIONAL');
const info = result.issues.filter((issue) => issue.severity.name === 'INFORMATIONAL');
console.log(
  `Electronegativity ${require('@doyensec/electronegativity/package.json').version}: ` +
    `${result.globalChecks + result.atomicChecks} checks over the project for Electron ${electronVersion}; ` +
    `skipped ${Object.entries(excludedChecks)
      .map(([check, why]) => `${check} (${why})`)
      .join(', ')}.`,
);
for (const issue of info) console.log(`  info ${issue.id}: ${issue.file}`);
const parseErrors = result.errors.filter((error) => !error.tolerable);
for (const error of parseErrors) console.log(`  could not parse ${error.file}: ${error.message}`);
for (const issue of findings) {
  console.log(
    `  ${issue.severity.name} ${issue.id} ${issue.file}:${issue.location.line}:${issue.location.column}` +
      `\n    ${issue.description}\n    ${String(issue.sample ?? '').trim()}`,
  );
}
const problems = findings.length + parseErrors.length;
console.log(
  problems === 0
    ? 'No finding left unexplained.'
    : `${findings.length} finding(s) and ${parseErrors.length} unparsed file(s): fix each, or explain it on its line with an eng-disable comment.`,
);
process.exit(problems === 0 ? 0 : 1);
