// `node bench/profile-start.mjs`: CPU profiles of the app's start (navigation to the `shipready:ready` mark)
// in the production build, after `npm run bench` has built bench/.build. Prints self time by script and the
// heaviest functions, averaged over several starts, and the page's marks and script arrivals.
// PROFILE_TARGET=dashboard profiles the click on Portfolio to the charts drawn instead, PROFILE_TARGET=open-project
// a click on a project in the portfolio list to its page's heading (as bench/interactions.mjs' openProject, after
// one project was opened and closed); PROFILE_METRICS sets the seeded size; the profiles are written to
// bench/.build/start-N.cpuprofile (open them in DevTools).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser } from '../scripts/find-browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench', '.build');
const starts = Number(process.env.PROFILE_RUNS ?? 5);

const { startBenchHost } = await import(join(out, 'host.mjs'));
const host = await startBenchHost(
  join(out, process.env.PROFILE_APP ?? 'app'),
  { floor: join(out, 'floor'), 'floor-db': join(out, 'floor-db'), seed: join(out, 'seed') },
  mkdtempSync(join(tmpdir(), 'shipready-profile-')),
);
const browser = await chromium.launch({
  executablePath: findBrowser(),
  args: ['--no-sandbox', '--disable-gpu'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const seeder = await context.newPage();
await seeder.goto(`${host.url}seed/index.html`);
await seeder.waitForFunction(() => document.title === 'seeder ready');
await seeder.evaluate((m) => window.seedShipReady(1000, m, 0), Number(process.env.PROFILE_METRICS ?? 5000));
await seeder.close();

const projectButtons = 'ul[aria-label="Projects"] li button';

/** Opens one project and goes back (the code is then loaded, as in the bench), then profiles opening another. */
async function profileOpenProject(page, cdp, index) {
  const open = (n) =>
    page.evaluate(
      ([selector, n]) =>
        new Promise((resolve) => {
          const button = document.querySelectorAll(selector)[n];
          const title = button.textContent;
          const shown = () =>
            [...document.querySelectorAll('h1')].some((h) => title.startsWith(h.textContent));
          const observer = new MutationObserver(() => {
            if (!shown()) return;
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(resolve, 0));
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
          performance.mark('bench:open-project');
          button.click();
        }),
      [projectButtons, n],
    );
  await page.locator(projectButtons).first().waitFor();
  await open(0);
  await page.evaluate(() => {
    window.location.hash = '#/portfolio';
  });
  await page.locator(projectButtons).first().waitFor();
  await page.waitForTimeout(300);
  await cdp.send('Profiler.start');
  await open(1 + (index % 5));
}

const byScript = new Map();
const byFunction = new Map();
const marks = [];
for (let i = 0; i < starts + 1; i += 1) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const dashboard = process.env.PROFILE_TARGET === 'dashboard';
  const openProject = process.env.PROFILE_TARGET === 'open-project';
  if (!dashboard && !openProject) await cdp.send('Profiler.start');
  await page.goto(openProject ? `${host.url}#/portfolio` : host.url);
  await page.waitForFunction(() => performance.getEntriesByName('shipready:ready').length > 0);
  if (openProject) await profileOpenProject(page, cdp, i);
  if (dashboard) {
    await page.waitForTimeout(300);
    await cdp.send('Profiler.start');
    await page.evaluate(() => {
      performance.mark('bench:click-portfolio');
      document.querySelector('nav[aria-label="Main"] button[title="Alt+2"]').click();
    });
    await page.waitForFunction(
      () => performance.getEntriesByName('shipready:dashboard-drawn').length > 0,
      null,
      {
        timeout: 60_000,
      },
    );
  }
  const { profile } = await cdp.send('Profiler.stop');
  const pageMarks = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .concat(performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')))
        .map((m) => [m.name.replace(/.*\//, ''), Math.round(m.startTime + (m.duration ?? 0))]),
    ),
  );
  await page.close();
  if (i === 0) continue; // warm-up
  marks.push(pageMarks);
  writeFileSync(join(out, `start-${i}.cpuprofile`), JSON.stringify(profile));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, index) => {
    const node = nodes.get(id);
    const ms = (deltas[index + 1] ?? 0) / 1000;
    const url = node.callFrame.url.replace(/.*\//, '') || `(${node.callFrame.functionName || 'native'})`;
    byScript.set(url, (byScript.get(url) ?? 0) + ms);
    const fn = `${node.callFrame.functionName || '(anonymous)'} ${url}:${node.callFrame.lineNumber}:${node.callFrame.columnNumber}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  });
}
const perStart = (ms) => (ms / starts).toFixed(1).padStart(7);
console.log(`self time per start (ms), mean of ${starts}:`);
for (const [url, ms] of [...byScript].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`${perStart(ms)}  ${url}`);
console.log('\nheaviest functions (self ms per start):');
for (const [fn, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${perStart(ms)}  ${fn}`);
console.log('\nmarks and script arrivals (ms from navigation), each start:');
for (const m of marks) console.log(JSON.stringify(m));
await browser.close();
await host.close();
