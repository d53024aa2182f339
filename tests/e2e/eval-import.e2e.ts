// A person imports what lm-evaluation-harness, Inspect and MLflow wrote into a project through the real UI:
// preview, confirm, the runs with n and ± stderr, and Undo removing exactly them; bad files change nothing.
import { join } from 'node:path';
import { expect } from 'vitest';
import { root } from './fixtures/launch';
import { target, test } from './fixtures/test';
import { EvalImportPage } from './pages/eval-import-page';
import { PortfolioPage } from './pages/portfolio-page';
import { ProjectPage } from './pages/project-page';
import { ShellPage } from './pages/shell-page';

const fixtures = join(root, 'tests', 'fixtures', 'eval-files');
const lmEval = join(fixtures, 'lm-eval', 'results_2026-03-02T08-00-00.json');
const inspect = join(fixtures, 'inspect', 'arithmetic-zstd.eval');
const mlruns = join(fixtures, 'mlflow', 'mlruns');

// The folder is picked with the page's own <input webkitdirectory>, which only the browser edition shows.
test.skipIf(target === 'electron')(
  'lm-eval, Inspect .eval and mlruns imports show a preview, land with n and ± stderr, and Undo removes exactly them',
  async ({ app }) => {
    const shell = new ShellPage(app.page);
    const portfolio = new PortfolioPage(app.page);
    const project = new ProjectPage(app.page);
    const importer = new EvalImportPage(app.page);
    await shell.waitReady();
    await shell.open('Portfolio');
    await portfolio.createProject('Evals from tools');
    await app.page.getByRole('heading', { level: 1, name: 'Evals from tools' }).waitFor();
    await project.logRun('typed baseline', [{ metric: 'Accuracy', value: '0.5' }]);
    await expect.poll(() => project.runLabels()).toEqual(['typed baseline']);
    const before = await importer.rowCounts();
    expect(before).toEqual({ evalRuns: 1, metrics: 1 });
    const undo = (hasText: string) =>
      shell.notices().getByRole('status').filter({ hasText }).getByRole('button', { name: 'Undo' }).click();

    await importer.importFiles([lmEval, inspect]);
    await importer.dialog().getByText('4 runs with 5 metrics ready.', { exact: false }).waitFor();
    expect(await importer.filePreview('results_2026-03-02T08-00-00.json').textContent()).toContain(
      'Recognised as lm-evaluation-harness 0.4.12',
    );
    const inspectPreview = await importer.filePreview('arithmetic-zstd.eval').textContent();
    expect(inspectPreview).toContain('Recognised as Inspect AI 0.3.210');
    expect(inspectPreview).toContain('0.71 ± 0.03 (n = 200)');
    expect(await importer.rowCounts()).toEqual(before);
    await importer.confirm(4);
    await expect.poll(async () => (await project.runLabels()).length).toBe(5);
    expect(await importer.rowCounts()).toEqual({ evalRuns: 5, metrics: 6 });
    // A confirmation, and its Undo, shows for a few seconds: Undo at once removes exactly what was imported.
    await undo('arithmetic-zstd.eval');
    await expect.poll(() => importer.rowCounts()).toEqual(before);
    await expect.poll(() => project.runLabels()).toEqual(['typed baseline']);

    await importer.importFiles([lmEval, inspect]);
    await importer.confirm(4);
    await expect.poll(() => importer.rowCounts()).toEqual({ evalRuns: 5, metrics: 6 });
    const afterFiles = await importer.rowCounts();

    await importer.importFolder(mlruns);
    const folderPreview = importer.filePreview('mlruns');
    await folderPreview.waitFor();
    expect(await folderPreview.textContent()).toContain('Recognised as MLflow');
    expect(await folderPreview.textContent()).toContain('logged at 3 steps; the latest (step 2) is stored.');
    await importer.confirm(2);
    await expect.poll(() => importer.rowCounts()).toEqual({ evalRuns: 7, metrics: 11 });
    await undo('from mlruns.');
    await expect.poll(() => importer.rowCounts()).toEqual(afterFiles);

    await importer.importFolder(mlruns);
    await importer.confirm(2);
    await expect.poll(async () => (await project.runLabels()).length).toBe(7);
    expect(await project.runLabels()).toEqual(
      expect.arrayContaining(['baseline-bm25', 'hybrid-rerank', 'arithmetic · openai/gpt-4o-mini']),
    );
    await project.compare(['arithmetic · openai/gpt-4o-mini', 'mmlu_tiny · acme/chat-3b'], false);
    const accuracy = await app.page
      .getByRole('table', { name: 'Run comparison' })
      .getByRole('row', { name: /^Accuracy/ })
      .textContent();
    expect(accuracy).toContain('0.71 ± 0.03 (n = 200)');
    expect(accuracy).toContain('0.61 (n = 40)');
    expect(await project.summaryRow('Accuracy')).toMatch(/±|\(n = /);
  },
);

test.skipIf(target === 'electron')(
  'files no parser reads, an unknown tool version, a DeepEval key file and a broken zip are each named and change nothing',
  async ({ app }) => {
    const shell = new ShellPage(app.page);
    const portfolio = new PortfolioPage(app.page);
    const importer = new EvalImportPage(app.page);
    await shell.waitReady();
    await shell.open('Portfolio');
    await portfolio.createProject('Bad files');
    await app.page.getByRole('heading', { level: 1, name: 'Bad files' }).waitFor();
    const before = await importer.rowCounts();
    const payload = (name: string, text: string) => ({
      name,
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(text),
    });
    await importer.importFiles([
      payload('notes.txt', 'some words no eval tool wrote'),
      payload(
        'future.json',
        JSON.stringify({ version: 9, status: 'success', eval: { task: 't', model: 'm' } }),
      ),
      payload('.deepeval', 'API_KEY=secret'),
      payload('broken.eval', 'PK\u0003\u0004 and then nothing a zip needs'),
    ]);
    const refused = importer.dialog().getByRole('alert', { name: 'Files not imported' });
    await refused.waitFor();
    const sentences = await refused.getByRole('listitem').allTextContents();
    expect(sentences).toHaveLength(4);
    expect(sentences.map((sentence) => sentence.split(' was not imported: ')[0])).toEqual([
      'notes.txt',
      'future.json',
      '.deepeval',
      'broken.eval',
    ]);
    expect(sentences[1]).toContain('version 9');
    expect(sentences[2]).toContain('API keys');
    await importer.dialog().getByRole('button', { name: 'Cancel' }).click();
    expect(await importer.rowCounts()).toEqual(before);
  },
);
