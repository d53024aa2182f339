// `node bench/compare-start.mjs BEFORE_DIR [AFTER_DIR]`: start to interactive of two production builds of the
// renderer, alternated in one Chromium with the blank-page floor, over the bench's large portfolio; and the
// dashboard's click-to-charts for each. Medians, and ratios to the floor of the same run. AFTER_DIR defaults
// to bench/.build/app (what `npm run bench` last built); COMPARE_METRICS sets the seeded size (5,000).
// How each start-up and dashboard change was measured before and after.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser } from '../scripts/find-browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench', '.build');
const [beforeDir, afterDir = join(out, 'app')] = process.argv.slice(2).map((dir) => resolve(dir));
if (!beforeDir) throw new Error('usage: node bench/compare-start.mjs BEFORE_DIR [AFTER_DIR]');
const rounds = Number(process.env.COMPARE_RUNS ?? 15);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const { startBenchHost } = await import(join(out, 'host.mjs'));
const host = await startBenchHost(
  afterDir,
  { before: beforeDir, floor: join(out, 'floor'), seed: join(out, 'seed') },
  mkdtempSync(join(tmpdir(), 'shipready-compare-')),
);
const browser = await chromium.launch({
  executablePath: findBrowser(),
  args: ['--no-sandbox', '--disable-gpu'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const seeder = await context.newPage();
await seeder.goto(`${host.url}seed/index.html`);
await seeder.waitForFunction(() => document.title === 'seeder ready');
await seeder.evaluate((m) => window.seedShipReady(1000, m, 0), Number(process.env.COMPARE_METRICS ?? 5000));
await seeder.close();

async function ready(url) {
  const page = await context.newPage();
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('shipready:ready')[0]?.startTime,
    null,
    { timeout: 30_000, polling: 'raf' },
  );
  const ms = await handle.jsonValue();
  await page.close();
  return ms;
}

async function dashboard(url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('shipready:ready').length > 0);
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    performance.mark('bench:click-portfolio');
    document.querySelector('nav[aria-label="Main"] button[title="Alt+2"]').click();
  });
  const handle = await page.waitForFunction(
    () => {
      const drawn = performance.getEntriesByName('shipready:dashboard-drawn')[0];
      const click = performance.getEntriesByName('bench:click-portfolio')[0];
      return drawn && click ? drawn.startTime - click.startTime : undefined;
    },
    null,
    { timeout: 60_000, polling: 'raf' },
  );
  const ms = await handle.jsonValue();
  await page.close();
  return ms;
}

const urls = {
  floor: `${host.url}floor/index.html`,
  before: `${host.url}before/index.html`,
  after: host.url,
};
for (const url of Object.values(urls)) await ready(url); // warm caches
const times = { floor: [], before: [], after: [] };
for (let i = 0; i < rounds; i += 1)
  for (const [name, url] of Object.entries(urls)) times[name].push(await ready(url));
const clicks = { before: [], after: [] };
for (let i = 0; i < Math.ceil(rounds / 2); i += 1) {
  clicks.before.push(await dashboard(urls.before));
  clicks.after.push(await dashboard(urls.after));
}
await browser.close();
await host.close();
const floor = median(times.floor);
const summary = {
  rounds,
  floorMedianMs: Math.round(floor),
  before: { medianMs: Math.round(median(times.before)), ratio: +(median(times.before) / floor).toFixed(2) },
  after: { medianMs: Math.round(median(times.after)), ratio: +(median(times.after) / floor).toFixed(2) },
  dashboardClickMedianMs: {
    before: Math.round(median(clicks.before)),
    after: Math.round(median(clicks.after)),
  },
  runsMs: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, v.map(Math.round)])),
};
console.log(JSON.stringify(summary, null, 2));
