// Times sniffing and parsing a 50 MB promptfoo output file and an mlruns folder of 1,000 runs, on generated
// input, through the same pure entry point the import uses (Node, no database writes); and, in the app in
// Chromium, how responsive the page stays while the import's worker reads that 50 MB file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { importEvalInput } from '../shared/eval-import/import-eval';
import type { FolderEntry } from '../shared/eval-import/mlflow-folder';
import { planEvalRows } from '../shared/eval-import/to-rows';

export function promptfooFile(targetBytes: number): Uint8Array {
  const results: string[] = [];
  let size = 0;
  for (let index = 0; size < targetBytes; index += 1) {
    const promptIdx = index % 4;
    const success = index % 7 !== 0;
    const text = JSON.stringify({
      id: `r${index}`,
      promptIdx,
      testIdx: Math.floor(index / 4),
      prompt: { raw: `Prompt ${promptIdx}: {{question}}`, label: `prompt-${promptIdx}` },
      provider: { id: 'openai:gpt-4o-mini', label: '' },
      vars: { question: `question number ${index} about something long enough to be realistic` },
      success,
      score: success ? 1 : 0,
      namedScores: { relevance: (index % 10) / 10 },
      latencyMs: 200 + (index % 300),
      cost: 0.0004,
      failureReason: success ? 0 : index % 2 ? 1 : 2,
      response: {
        output: 'An answer of a few sentences. '.repeat(8),
        tokenUsage: { total: 180, prompt: 150, completion: 30 },
      },
      gradingResult: { pass: success, score: success ? 1 : 0, reason: 'checked' },
    });
    results.push(text);
    size += text.length + 1;
  }
  const head =
    '{"evalId":"bench","results":{"version":3,"timestamp":"2026-03-01T00:00:00.000Z","prompts":[],"results":[';
  const tail =
    '],"stats":{"successes":0,"failures":0,"errors":0,"tokenUsage":{}}},"config":{"description":"bench"},"metadata":{"promptfooVersion":"0.120.0"}}';
  return new TextEncoder().encode(`${head}${results.join(',')}${tail}`);
}

function mlrunsFolder(runs: number): FolderEntry[] {
  const entries: FolderEntry[] = [
    { relativePath: 'mlruns/1/meta.yaml', text: "experiment_id: '1'\nname: bench\n" },
  ];
  for (let index = 0; index < runs; index += 1) {
    const dir = `mlruns/1/${index.toString(16).padStart(32, '0')}`;
    entries.push({
      relativePath: `${dir}/meta.yaml`,
      text: `run_id: ${index}\nrun_name: run-${index}\nstart_time: ${1772400000000 + index * 1000}\nstatus: 3\nlifecycle_stage: active\n`,
    });
    for (const metric of ['faithfulness', 'answer_relevancy', 'latency_p95_ms']) {
      const lines = Array.from(
        { length: 10 },
        (_, step) => `${1772400000000 + step} ${((step + index) % 100) / 100} ${step}`,
      );
      entries.push({ relativePath: `${dir}/metrics/${metric}`, text: `${lines.join('\n')}\n` });
    }
    entries.push({ relativePath: `${dir}/params/model`, text: 'gpt-4o-mini' });
    entries.push({ relativePath: `${dir}/tags/mlflow.source.git.commit`, text: 'abc1234' });
  }
  return entries;
}

async function median(run: () => Promise<unknown>, times: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

export async function benchEvalImport(times = 3) {
  const promptfoo = promptfooFile(50 * 1024 * 1024);
  const check = await importEvalInput({ kind: 'file', name: 'results.json', bytes: promptfoo });
  if (!check.ok) throw new Error(`bench promptfoo file was refused: ${check.problems[0]?.message}`);
  const folder = mlrunsFolder(1000);
  const checkFolder = await importEvalInput({ kind: 'folder', name: 'mlruns', entries: folder });
  if (!checkFolder.ok || checkFolder.value.runs.length !== 1000)
    throw new Error('bench mlruns folder was not read');
  return {
    promptfoo: {
      megabytes: Math.round((promptfoo.length / 1024 / 1024) * 10) / 10,
      results: check.value.runs.reduce((sum, run) => sum + (run.context.datasetSize ?? 0), 0),
      ms: await median(
        () => importEvalInput({ kind: 'file', name: 'results.json', bytes: promptfoo }),
        times,
      ),
    },
    mlruns: {
      runs: 1000,
      entries: folder.length,
      ms: await median(() => importEvalInput({ kind: 'folder', name: 'mlruns', entries: folder }), times),
      /** Mapping the 1,000 runs to the rows the import writes, each checked by its row schema. */
      planMs: await median(
        async () =>
          planEvalRows(checkFolder.value, { importedAt: '2026-03-10T12:00:00.000Z', today: '2026-03-10' }),
        times,
      ),
    },
  };
}

/**
 * In the production browser edition: picks the 50 MB promptfoo file in a project's "Import eval files…" and
 * records every animation frame until the preview is shown. The longest gap between frames is how long the
 * page was unresponsive; ms to preview includes reading the file, the worker's parse and the preview's render.
 */
export async function benchEvalImportPage(context: BrowserContext, url: string, times = 3) {
  const file = promptfooFile(50 * 1024 * 1024);
  // Playwright hands a file this large to the page by its path only.
  const path = join(mkdtempSync(join(tmpdir(), 'shipready-bench-eval-')), 'results.json');
  writeFileSync(path, file);
  const page = await context.newPage();
  await page.goto(`${url}#/portfolio`);
  await page.waitForFunction(() => performance.getEntriesByName('shipready:ready').length > 0);
  const form = page.getByRole('form', { name: 'New project' });
  await form.getByLabel('Title').fill('Bench eval import');
  await form.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('heading', { level: 1, name: 'Bench eval import' }).waitFor();
  const samples: { previewMs: number; longestFrameGapMs: number; frames: number }[] = [];
  for (let i = 0; i < times; i += 1) {
    await page.evaluate(() => {
      const probe = { gaps: [] as number[], stop: false, started: performance.now() };
      (window as unknown as { benchProbe: typeof probe }).benchProbe = probe;
      let last = performance.now();
      const tick = () => {
        const now = performance.now();
        probe.gaps.push(now - last);
        last = now;
        if (!probe.stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import eval files…' }).click();
    await (await chooser).setFiles(path);
    const dialog = page.getByRole('dialog', { name: 'Import eval results' });
    await dialog
      .getByText('Nothing is written until you import them.', { exact: false })
      .waitFor({ timeout: 120_000 });
    samples.push(
      await page.evaluate(() => {
        const probe = (
          window as unknown as { benchProbe: { gaps: number[]; stop: boolean; started: number } }
        ).benchProbe;
        probe.stop = true;
        return {
          previewMs: performance.now() - probe.started,
          longestFrameGapMs: Math.max(...probe.gaps),
          frames: probe.gaps.length,
        };
      }),
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
  await page.close();
  const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return {
    megabytes: Math.round((file.length / 1024 / 1024) * 10) / 10,
    previewMedianMs: middle(samples.map((sample) => sample.previewMs)),
    longestFrameGapMedianMs: middle(samples.map((sample) => sample.longestFrameGapMs)),
    longestFrameGapWorstMs: Math.max(...samples.map((sample) => sample.longestFrameGapMs)),
    samples,
  };
}
