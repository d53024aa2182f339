// The cohort bench alone, against dist/ (after `node scripts/build.mjs`): `npx esbuild bench/cohort-run.ts
// --bundle --platform=node --format=esm --outfile=bench/.build/cohort-run.mjs --external:playwright-core
// --external:chokidar && node bench/.build/cohort-run.mjs`. `npm run bench` runs the same through bench/cohort.ts.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from '../scripts/find-browser.mjs';
import { benchCohortPage, makeBenchCohortFolder } from './cohort';
import { startBenchHost } from './host';

const root = process.cwd();
const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const curriculum = JSON.parse(
  readFileSync(join(root, 'renderer', 'src', 'content-generated', 'curriculum.json'), 'utf8'),
);
const folder = await makeBenchCohortFolder(curriculum);
const host = await startBenchHost(
  process.env.BENCH_APP_DIR ?? join(root, 'dist', 'renderer'),
  {},
  mkdtempSync(join(tmpdir(), 'shipready-bench-')),
);
const browser = await chromium.launch({
  executablePath: findBrowser(),
  args: ['--no-sandbox', '--disable-gpu'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const result = await benchCohortPage(context, host.url, folder);
await browser.close();
await host.close();
console.log(
  JSON.stringify(
    {
      ...result,
      summary: {
        openFolderMedianMs: median(result.openFolderMs),
        openBigBundleMedianMs: median(result.openBigBundleMs),
        smallIdeaKeystrokeP95Ms: p95(result.smallIdeaKeystrokeMs),
        bigIdeaKeystrokeP95Ms: p95(result.bigIdeaKeystrokeMs),
      },
    },
    null,
    2,
  ),
);
