import { expect } from 'vitest';
import { test } from './fixtures/test';
import { ShellPage } from './pages/shell-page';

test('the page has no Node: require, process and module are undefined', async ({ app }) => {
  await new ShellPage(app.page).waitReady();
  const types = await app.page.evaluate(() => ({
    require: typeof (globalThis as Record<string, unknown>).require,
    process: typeof (globalThis as Record<string, unknown>).process,
    module: typeof (globalThis as Record<string, unknown>).module,
  }));
  expect(types).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' });
});

test('window.open is refused for anything but allowed https links, and opens no window in the app', async ({
  app,
}) => {
  await new ShellPage(app.page).waitReady();
  const pagesBefore = app.page.context().pages().length;
  const results = await app.page.evaluate(() =>
    ['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share'].map((url) =>
      window.open(url),
    ),
  );
  expect(results).toEqual([null, null, null, null]);
  expect(app.page.context().pages().length).toBe(pagesBefore);
  expect(app.requests.some((url) => url.includes('example.com'))).toBe(false);
});

test('off-origin navigation is refused: a clicked link and a script navigation both stay in the app', async ({
  app,
}) => {
  const shell = new ShellPage(app.page);
  await shell.waitReady();
  const before = app.page.url();
  await app.page.evaluate(() => {
    const link = document.createElement('a');
    link.href = 'http://example.com/phish';
    link.textContent = 'off-origin link';
    link.id = 'off-origin-link';
    document.body.append(link);
  });
  await app.page.click('#off-origin-link');
  await app.page.evaluate(() => window.location.assign('http://example.com/elsewhere'));
  // Give a navigation, if one were allowed, the chance to commit before checking.
  await app.page.waitForLoadState('domcontentloaded');
  expect(app.page.url()).toBe(before);
  expect(await app.page.locator('html[data-app-ready]').count()).toBe(1);
  expect(app.requests.some((url) => url.includes('example.com'))).toBe(false);
  expect(await shell.notices().textContent()).toContain('only opens https links');
});

test('the Content-Security-Policy blocks inline script and remote images', async ({ app }) => {
  await new ShellPage(app.page).waitReady();
  const outcome = await app.page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(event.effectiveDirective),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    const image = document.createElement('img');
    image.src = 'https://example.com/tracker.png';
    document.body.append(image);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { inlineRan: (window as { __inlineRan?: boolean }).__inlineRan === true, violations };
  });
  expect(outcome.inlineRan).toBe(false);
  expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'img-src']));
  expect(app.requests.some((url) => url.includes('example.com'))).toBe(false);
});
