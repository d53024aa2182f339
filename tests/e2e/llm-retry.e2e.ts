// LLM tasks that fail and are tried again on the same page (no reload, no navigation), through the real
// SDK in the host and a scripted Anthropic-compatible server on 127.0.0.1; and where Settings says data goes.
import { afterEach, beforeEach, expect } from 'vitest';
import { type ScriptedLlmServer, startScriptedLlmServer } from '../fixtures/llm-server/scripted-llm-server';
import type { RunningApp } from './fixtures/launch';
import { test } from './fixtures/test';
import { ReadinessPage } from './pages/readiness-page';
import { ShellPage } from './pages/shell-page';

const review = {
  summary: 'Keep going.',
  layers: [{ layer: 'foundation', strengths: ['Async'], gaps: [], nextActions: ['Log a baseline run'] }],
  statusSuggestions: [],
};
const grade = { covered: [0], missing: [1], score: 60, feedback: 'Half of the points are there.' };

let llm: ScriptedLlmServer;
beforeEach(async () => {
  llm = await startScriptedLlmServer();
});
afterEach(() => llm.close());

async function openReadiness(app: RunningApp) {
  const shell = new ShellPage(app.page);
  const readiness = new ReadinessPage(app.page);
  await shell.waitReady();
  await shell.open('Settings');
  await readiness.configureLlm({ baseUrl: llm.baseURL, model: 'scripted-test-model' });
  await app.page.getByText('LLM settings saved.').waitFor();
  await shell.open('Readiness');
  // Gone after any reload or navigation: proves every retry below happened on this very page.
  await app.page.evaluate(() => {
    (window as { __samePage?: boolean }).__samePage = true;
  });
  return readiness;
}

const samePage = (app: RunningApp) =>
  app.page.evaluate(() => (window as { __samePage?: boolean }).__samePage === true);

const feedbackRows = (app: RunningApp) =>
  app.page.evaluate(
    () =>
      new Promise<{ kind: string; model: string; estimatedCostUsd: number }[]>((resolve) => {
        const open = indexedDB.open('shipready');
        open.onsuccess = () => {
          const all = open.result.transaction('feedback').objectStore('feedback').getAll();
          all.onsuccess = () => resolve(all.result);
        };
      }),
  );

test('the readiness review fails, is cancelled, and is tried again on the same page until it succeeds', async ({
  app,
}) => {
  const readiness = await openReadiness(app);
  const preview = await readiness.requestReview();
  expect(preview.data).toContain('<evidence>');
  await expect
    .poll(() =>
      app.page
        .getByRole('dialog', { name: 'This is exactly what will be sent' })
        .getByText(/a server on this machine/)
        .count(),
    )
    .toBe(1);
  llm.enqueue({ kind: 'status', status: 529 });
  await readiness.send();
  await readiness
    .reviewAlert()
    .getByText(/overloaded/)
    .waitFor();

  // Second try: a stalled answer, and a double-click on the button while it runs.
  await readiness.requestReview();
  llm.enqueue({ kind: 'stall', afterText: '{"summ' });
  await readiness.send();
  const card = app.page.getByRole('region', { name: 'A mentor’s voice (optional)' });
  await card.getByLabel('Answer so far').waitFor();
  await card.getByRole('button', { name: 'Review my readiness' }).dblclick();
  expect(await app.page.getByRole('dialog').count()).toBe(0);
  await card.getByRole('button', { name: 'Cancel' }).click();
  await card.getByText('Cancelled. Nothing was saved.').waitFor();

  // Third try succeeds.
  await readiness.requestReview();
  llm.enqueue({ kind: 'stream', text: JSON.stringify(review), chunkSize: 20, delayMs: 2 });
  await readiness.send();
  await readiness.review().waitFor();
  expect(await readiness.review().textContent()).toContain('Keep going.');
  expect(await card.getByText(/no cost \(a model on this machine\)/).count()).toBe(1);
  expect(llm.requests).toHaveLength(3);
  expect(await feedbackRows(app)).toHaveLength(1);
  expect(await samePage(app)).toBe(true);
});

test('a model that is slow to start is shown as loading, then its answer arrives', async ({ app }) => {
  const readiness = await openReadiness(app);
  await readiness.requestReview();
  // Longer than the few seconds after which the page is told the model may be loading.
  llm.enqueue({ kind: 'stream', text: JSON.stringify(review), firstByteDelayMs: 4_000 });
  await readiness.send();
  const card = app.page.getByRole('region', { name: 'A mentor’s voice (optional)' });
  await card.getByText(/Loading the model…/).waitFor();
  expect(await card.getByRole('button', { name: 'Cancel' }).count()).toBe(1);
  await readiness.review().waitFor();
  expect(await samePage(app)).toBe(true);
});

test('the mock interview shows the same preview, refuses a malformed grade, and succeeds on the same page', async ({
  app,
}) => {
  await openReadiness(app);
  const card = app.page.getByRole('region', { name: 'Mock interview' });
  await card
    .getByLabel('Your answer')
    .fill('I would measure recall@5 before and after, on a fixed golden set.');
  await card.getByRole('button', { name: 'Grade with the LLM' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'This is exactly what will be sent' });
  await dialog.waitFor();
  expect(await dialog.getByLabel('Data to be sent').textContent()).toContain('on a fixed golden set');
  llm.enqueue({ kind: 'stream', text: 'You did well! Score: 60.' });
  await dialog.getByRole('button', { name: 'Send' }).click();
  await card
    .getByRole('alert')
    .getByText(/no JSON object.*Nothing was saved/)
    .waitFor();
  expect(await feedbackRows(app)).toHaveLength(0);

  await card.getByRole('button', { name: 'Grade with the LLM' }).click();
  await dialog.waitFor();
  llm.enqueue({
    kind: 'stream',
    text: `Here is the grade: ${JSON.stringify(grade)}`,
    inputTokens: 300,
    outputTokens: 40,
  });
  await dialog.getByRole('button', { name: 'Send' }).click();
  await card.getByText('LLM grade 60/100: Half of the points are there.').waitFor();
  const rows = await feedbackRows(app);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    kind: 'mock-interview',
    model: 'scripted-test-model',
    estimatedCostUsd: 0,
  });
  expect(llm.requests).toHaveLength(2);
  expect(await samePage(app)).toBe(true);
});

test('Settings names where requests go, and says what to install when no local model answers', async ({
  app,
}) => {
  const shell = new ShellPage(app.page);
  await shell.waitReady();
  await shell.open('Settings');
  const readiness = new ReadinessPage(app.page);
  await readiness.configureLlm({
    apiKey: 'sk-ant-e2e',
    baseUrl: 'https://llm.example.com/v1',
    model: 'claude-sonnet-5-5',
  });
  await app.page.getByText(/saved without its trailing \/v1/).waitFor();
  const form = app.page.getByRole('form', { name: 'LLM feedback settings' });
  expect(await form.getByLabel('Base URL').inputValue()).toBe('https://llm.example.com');
  await form.getByText(/Requests go to llm\.example\.com: what you confirm leaves this machine/).waitFor();
  await app.page
    .getByText(/except the LLM requests you confirm: those are sent to llm\.example\.com/)
    .waitFor();
  expect(await app.page.getByText('Your data stays on this machine.', { exact: true }).count()).toBe(0);

  await form.getByRole('button', { name: 'Use a local model' }).click();
  // Whatever this machine runs on those ports, the answer names them or lists what it found.
  await form
    .getByText(
      /Nothing answered at http:\/\/127\.0\.0\.1:11434 or http:\/\/127\.0\.0\.1:8080|Local models found/,
    )
    .or(form.getByRole('list', { name: 'Local models found' }))
    .first()
    .waitFor();
  await form.getByLabel('Spent this month (USD, estimated)').fill('1.25');
  await form.getByRole('button', { name: 'Save LLM settings' }).click();
  // Exact: the first save's notice (about /v1) is still on screen.
  await app.page.getByText('LLM settings saved.', { exact: true }).waitFor();
  await shell.reload();
  await shell.open('Settings');
  expect(await app.page.getByLabel('Spent this month (USD, estimated)').inputValue()).toBe('1.25');
});
