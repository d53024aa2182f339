import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { type EvalInput, importEvalInput } from '../../../../../shared/eval-import/import-eval';
import type { BackupInfo, DesktopApi } from '../../../../../shared/ipc/contract';
import { ok } from '../../../../../shared/result';
import { fixtureBytes } from '../../../../../tests/fixtures/eval-files/load';
import { freshDatabase, rowCounts } from '../../../../../tests/fixtures/test-database';
import type { ShipReadyDatabase } from '../../../db/database';
import { DatabaseProvider } from '../../../db/database-context';
import { createProject } from '../../../db/repositories/projects';
import { appStore } from '../../../store/app-store';
import { EvalImportDialog } from './EvalImportDialog';
import type { KnownSources } from './plan-files';
import type { ParseFiles } from './worker-messages';

let db: ShipReadyDatabase;
let projectId: string;
let backupsTaken: Record<string, number>[];

window.shipready = {
  writeBackup: async () => {
    backupsTaken.push(await rowCounts(db));
    return ok<BackupInfo>({
      fileName: 'before-import-1.json',
      reason: 'before-import',
      createdAt: '2026-03-10T12:00:00.000Z',
      bytes: 10,
    });
  },
} as unknown as DesktopApi;

/** The importer itself on this thread: jsdom has no module workers; the worker runs the same function. */
const parseHere: ParseFiles = async (inputs, onProgress) => {
  const outcomes = [];
  for (const [index, input] of inputs.entries()) {
    onProgress({ done: index, total: inputs.length, current: input.name });
    outcomes.push({ name: input.name, result: await importEvalInput(input) });
  }
  return outcomes;
};

const file = (name: string, path: string): EvalInput => ({ kind: 'file', name, bytes: fixtureBytes(path) });
const bytesFile = (name: string, text: string): EvalInput => ({
  kind: 'file',
  name,
  bytes: new TextEncoder().encode(text),
});

function unknownInspectVersion(): EvalInput {
  const text = new TextDecoder().decode(
    fixtureBytes('inspect/2026-03-02T09-00-00+00-00_popularity_Ab3dE.json'),
  );
  const changed = text.replace(/^(\s*)"version": 2,/m, '$1"version": 9,');
  if (changed === text) throw new Error('the fixture has no version 2 to change');
  return bytesFile('future-log.json', changed);
}

function show(inputs: EvalInput[], knownSources?: KnownSources) {
  let closed = false;
  render(
    <DatabaseProvider db={db}>
      <EvalImportDialog
        knownSources={knownSources ?? new Map()}
        projectId={projectId}
        inputs={inputs}
        parse={parseHere}
        onClose={() => {
          closed = true;
        }}
      />
    </DatabaseProvider>,
  );
  return { closed: () => closed };
}

beforeEach(async () => {
  db = await freshDatabase();
  backupsTaken = [];
  const project = await createProject(db, { title: 'Evals' });
  if (!project.ok) throw new Error('setup failed');
  projectId = project.value.id;
});

describe('EvalImportDialog', () => {
  it('previews the tool, version, what each metric becomes with ± and n, and what was left out; writes nothing yet', async () => {
    const before = await rowCounts(db);
    show([
      file('arithmetic-zstd.eval', 'inspect/arithmetic-zstd.eval'),
      file('results.json', 'lm-eval/results_2026-03-02T08-00-00.json'),
    ]);
    await screen.findByText('4 runs with 5 metrics ready. Nothing is written until you import them.');
    const inspect = screen.getByRole('region', { name: 'Preview of arithmetic-zstd.eval' });
    expect(inspect.textContent).toContain('Recognised as Inspect AI 0.3.210');
    const metrics = within(inspect).getByRole('table', {
      name: 'Metrics of arithmetic · openai/gpt-4o-mini',
    });
    const accuracy = within(metrics).getByRole('row', { name: /includes\/accuracy/ });
    expect(accuracy.textContent).toContain('Accuracy');
    expect(accuracy.textContent).toContain('0.71 ± 0.03 (n = 200)');
    const lmEval = screen.getByRole('region', { name: 'Preview of results.json' });
    expect(lmEval.textContent).toContain('Recognised as lm-evaluation-harness 0.4.12');
    expect(lmEval.textContent).toContain('Custom metric “rouge1_acc”');
    const notMeasured = within(lmEval).getByRole('list', {
      name: 'Not measured in mmlu_tiny · acme/chat-3b',
    });
    expect(notMeasured.textContent).toContain(
      'results.mmlu_tiny["acc_stderr,none"] is "N/A", not a number: not measured.',
    );
    expect(await rowCounts(db)).toEqual(before);
  });

  it('names each refused file and its problem, and importing the rest leaves them out', async () => {
    const before = await rowCounts(db);
    show([
      bytesFile('notes.txt', 'just some words, nothing an eval tool wrote'),
      unknownInspectVersion(),
      bytesFile('.deepeval/.deepeval', 'KEY=secret'),
      bytesFile('broken.eval', 'PK\u0003\u0004 this is not the rest of a zip'),
    ]);
    const refused = await screen.findByRole('alert', { name: 'Files not imported' });
    const sentences = within(refused)
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '');
    expect(sentences).toHaveLength(4);
    expect(sentences[0]).toMatch(
      /^notes\.txt was not imported: this CSV \(comma-separated\) has neither MLflow/,
    );
    expect(sentences[1]).toContain(
      'future-log.json was not imported: Inspect AI log version 9 is not one ShipReady knows',
    );
    expect(sentences[2]).toContain(
      '.deepeval/.deepeval was not imported: ".deepeval/.deepeval" holds DeepEval\'s API keys',
    );
    expect(sentences[3]).toBe(
      'broken.eval was not imported: this ZIP has neither "header.json" nor "_journal/start.json", so it is not an Inspect AI log.',
    );
    expect(screen.getByRole('status').textContent).toBe(
      'Nothing to import: no file holds a run with a measured metric.',
    );
    expect(
      (screen.getByRole('button', { name: 'Nothing to import yet' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(await rowCounts(db)).toEqual(before);
    expect(backupsTaken).toEqual([]);
  });

  it('confirming backs up first, writes every run in one go, and Undo removes exactly them', async () => {
    const before = await rowCounts(db);
    const dialog = show([
      file('arithmetic-zstd.eval', 'inspect/arithmetic-zstd.eval'),
      bytesFile('empty.json', ''),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Import 1 run' }));
    await waitFor(() => expect(dialog.closed()).toBe(true));
    expect(backupsTaken).toEqual([before]);
    const runs = await db.evalRuns.toArray();
    expect(runs.map((run) => run.source?.fileName)).toEqual(['arithmetic-zstd.eval']);
    const accuracy = (await db.metrics.toArray()).find((metric) => metric.key === 'accuracy');
    expect(accuracy).toMatchObject({ value: 0.71, stderr: 0.032, sampleCount: 200 });
    const notice = appStore
      .getState()
      .notices.find((n) => n.message.startsWith('Imported 1 run with 2 metrics from arithmetic-zstd.eval.'));
    expect(notice?.message).toContain('The data from before is in before-import-1.json.');
    notice?.action?.run();
    await waitFor(async () => expect(await db.evalRuns.count()).toBe(before.evalRuns));
    const after = await rowCounts(db);
    expect({ ...after, events: 0 }).toEqual({ ...before, events: 0 });
  });

  it('points out a file whose exact bytes were imported before', async () => {
    const inspectSha = '4f69732a1fba8225483ba2ec80592c4d23c7e7b2515142829a72ba3b12837d49';
    show(
      [file('arithmetic-zstd.eval', 'inspect/arithmetic-zstd.eval')],
      new Map([[inspectSha, { importedAt: '2026-03-09T08:00:00.000Z', runs: 1 }]]),
    );
    await screen.findByText(
      'arithmetic-zstd.eval was already imported on 2026-03-09 (1 run); importing it again adds its runs a second time.',
    );
    expect(screen.getByRole('button', { name: 'Import 1 run' })).toBeTruthy();
  });

  it('a folder of many runs previews the first 20 and says how many more are read the same way', async () => {
    const entries = [{ relativePath: 'mlruns/1/meta.yaml', text: "experiment_id: '1'\nname: many\n" }];
    for (let index = 0; index < 25; index += 1) {
      const dir = `mlruns/1/${index.toString(16).padStart(32, '0')}`;
      entries.push({
        relativePath: `${dir}/meta.yaml`,
        text: `run_id: r${index}\nrun_name: run-${index}\nstart_time: 1772400000000\nstatus: 3\nlifecycle_stage: active\n`,
      });
      entries.push({ relativePath: `${dir}/metrics/faithfulness`, text: '1772400000000 0.7 0\n' });
    }
    show([{ kind: 'folder', name: 'mlruns', entries }]);
    await screen.findByText('25 runs with 25 metrics ready. Nothing is written until you import them.');
    const preview = screen.getByRole('region', { name: 'Preview of mlruns' });
    expect(within(preview).getAllByRole('table')).toHaveLength(20);
    expect(preview.textContent).toContain('…and 5 more runs from this file, read the same way.');
  });
});
