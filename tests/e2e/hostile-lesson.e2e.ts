import { expect } from 'vitest';
import { target, test } from './fixtures/test';
import { RoadmapPage } from './pages/roadmap-page';
import { ShellPage } from './pages/shell-page';

const hostileMarkdown = [
  '## Concepts',
  '',
  '<script>window.__pwned = "script"</script>',
  '',
  '<img src="https://evil.example/x.png" onerror="window.__pwned = \'onerror\'">',
  '',
  '![tracker](https://evil.example/pixel.png)',
  '',
  'Ordinary text after the payloads.',
].join('\n');

test('a lesson whose Markdown carries script, onerror and a remote image shows them as text and loads nothing', async ({
  app,
  skip,
}) => {
  // The lesson chunk is swapped in flight; Playwright can route http(s), not Electron's app:// scheme.
  if (target === 'electron') skip('Electron: app:// requests cannot be routed by Playwright.');
  await app.page.route(/\/assets\/lessons-month-1-[^/]+\.js$/, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `export default ${JSON.stringify({ 'm1-async-python-for-llm-calls': hostileMarkdown })};`,
    }),
  );
  const shell = new ShellPage(app.page);
  const roadmap = new RoadmapPage(app.page);
  await shell.waitReady();
  await roadmap.openMonth(1);
  await roadmap.openLesson('Async Python for I/O-bound LLM work');
  await app.page.getByText('Ordinary text after the payloads.').waitFor();

  const body = app.page.locator('.lesson-body');
  expect(await body.textContent()).toContain('<script>window.__pwned = "script"</script>');
  expect(await body.textContent()).toContain('[image not loaded: tracker');
  expect(await body.locator('script, img, iframe, [onerror]').count()).toBe(0);
  expect(await app.page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(app.requests.filter((url) => url.includes('evil.example'))).toEqual([]);
});
