// The interactions `npm run bench` drives in the production browser edition, each sampled many times:
// ms from the action (a click, or an input event as a keystroke makes) to the next frame after the page shows
// its result. p95 is what the budget reads; the first two samples of each warm the code paths and are dropped.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Installed in every page: runs `act`, waits until `done()` holds (checked after each DOM change), then for
 * the frame that shows it to be drawn. A keystroke is an input event on the field's new value, as React hears typing.
 */
function installProbe() {
  window.benchLatency = (act, done) =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const timer = setTimeout(() => reject(new Error('interaction did not finish in 10 s')), 10_000);
      const finish = () => {
        clearTimeout(timer);
        // After the frame: a task queued from the frame's callback runs once it has been drawn.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - started);
          channel.port2.postMessage(undefined);
        });
      };
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        finish();
      });
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
      act();
      if (done()) {
        observer.disconnect();
        finish();
      }
    });
  window.benchType = (field, value) => {
    const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
    Object.getOwnPropertyDescriptor(prototype.prototype, 'value').set.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  };
}

async function openApp(context, url) {
  const page = await context.newPage();
  await page.addInitScript(installProbe);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('shipready:ready').length > 0);
  return page;
}

const drop = (times) => times.slice(2);

/** A lesson's status on a month page: click Done, then In progress, and so on; until the button shows it. */
export async function statusChange(context, url, samples = 30) {
  const page = await openApp(context, url);
  await page.getByRole('button', { name: /^Month 1 ·/ }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('fieldset.segmented.compact').first().waitFor();
  const times = [];
  for (let i = 0; i < samples + 2; i += 1) {
    const label = i % 2 ? 'In progress' : 'Done';
    times.push(
      await page.evaluate((label) => {
        const group = document.querySelector('fieldset.segmented.compact');
        const button = [...group.querySelectorAll('button')].find((b) => b.textContent === label);
        return window.benchLatency(
          () => button.click(),
          () => button.getAttribute('aria-pressed') === 'true',
        );
      }, label),
    );
  }
  await page.close();
  return drop(times);
}

/** From the portfolio list, click a project until its page's heading shows; back to the list between. */
export async function openProject(context, url, samples = 20) {
  const page = await openApp(context, `${url}#/portfolio`);
  await page.getByRole('list', { name: 'Projects' }).locator('button').first().waitFor();
  const times = [];
  for (let i = 0; i < samples + 2; i += 1) {
    times.push(
      await page.evaluate((index) => {
        const buttons = [...document.querySelectorAll('ul[aria-label="Projects"] li button')];
        const button = buttons[index % buttons.length];
        const title = button.textContent;
        return window.benchLatency(
          () => button.click(),
          () => [...document.querySelectorAll('h1')].some((h) => title.startsWith(h.textContent)),
        );
      }, i),
    );
    await page.evaluate(() => {
      window.location.hash = '#/portfolio';
    });
    await page.getByRole('list', { name: 'Projects' }).locator('button').first().waitFor();
  }
  await page.close();
  return drop(times);
}

/** Typing into the roadmap's search, one character at a time, until the results show the new query. */
export async function searchKeystroke(context, url, samples = 40) {
  const page = await openApp(context, url);
  const box = page.getByRole('combobox', { name: 'Search lessons, skills and notes' });
  await box.focus();
  await box.fill('re');
  await page.getByRole('listbox', { name: 'Search results' }).waitFor();
  await page.waitForFunction(
    () => !document.querySelector('.search-results')?.textContent?.includes('Building'),
  );
  const words = 'retrieval evaluation prompt caching agents embeddings';
  const times = [];
  for (let i = 0; times.length < samples + 2; i += 1) {
    const value = words.slice(0, (i % words.length) + 1);
    times.push(
      await page.evaluate((value) => {
        const field = document.querySelector('input[role="combobox"]');
        return window.benchLatency(
          () => window.benchType(field, value),
          () =>
            field.value === value &&
            (value.trim().length < 2 || Boolean(document.querySelector('.search-results'))),
        );
      }, value),
    );
  }
  await page.close();
  return drop(times);
}

/** A mentor's keystrokes in the review space's summary, with a 1,000-project bundle open. */
export async function reviewSpaceKeystroke(context, url, bundleText, samples = 40) {
  const path = join(mkdtempSync(join(tmpdir(), 'shipready-bench-review-')), 'bench.shipready');
  writeFileSync(path, bundleText);
  const page = await openApp(context, `${url}#/review`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a student’s bundle…' }).click();
  await (await chooser).setFiles(path);
  await page.getByRole('heading', { level: 1, name: /^Reviewing / }).waitFor({ timeout: 60_000 });
  await page.getByLabel('Summary for the student').waitFor();
  const sentence = 'Strong start; measure before you tune, and add a baseline run before the reranker. ';
  const times = [];
  for (let i = 0; i < samples + 2; i += 1) {
    const value = sentence.repeat(2).slice(0, i + 1);
    times.push(
      await page.evaluate((value) => {
        const field = [...document.querySelectorAll('label')].find(
          (label) => label.textContent === 'Summary for the student',
        )?.control;
        return window.benchLatency(
          () => window.benchType(field, value),
          () => field.value === value,
        );
      }, value),
    );
  }
  await page.close();
  return drop(times);
}
