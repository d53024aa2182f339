import { describe, expect, it } from 'vitest';
import { inputsFromFolder, inputsFromPicked, type PickedFile } from './collect-inputs';

const picked = (path: string, text = 'x'): PickedFile => ({
  path,
  file: new File([text], path.split('/').pop() ?? path),
});

describe('collect-inputs', () => {
  it('loose files stay files; a folder with MLflow meta.yaml files is one folder input without artifacts or trash', async () => {
    const inputs = await inputsFromPicked([
      picked('results.json', '{}'),
      picked('mlruns/1/meta.yaml'),
      picked('mlruns/1/abc/meta.yaml'),
      picked('mlruns/1/abc/metrics/accuracy', '1 0.5 0'),
      picked('mlruns/1/abc/artifacts/model.bin'),
      picked('mlruns/.trash/old/meta.yaml'),
    ]);
    expect(inputs.map((input) => [input.kind, input.name])).toEqual([
      ['file', 'results.json'],
      ['folder', 'mlruns'],
    ]);
    const folder = inputs[1];
    expect(folder?.kind === 'folder' && folder.entries.map((entry) => entry.relativePath)).toEqual([
      'mlruns/1/meta.yaml',
      'mlruns/1/abc/meta.yaml',
      'mlruns/1/abc/metrics/accuracy',
    ]);
  });

  it('a folder without meta.yaml files gives its files one by one, by their paths', async () => {
    const inputs = await inputsFromPicked([picked('evals/a.json', '{}'), picked('evals/b.eval', 'PK')]);
    expect(inputs.map((input) => [input.kind, input.name])).toEqual([
      ['file', 'evals/a.json'],
      ['file', 'evals/b.eval'],
    ]);
  });

  it('a folder read by the desktop side becomes a folder input, or its files when it is no mlruns store', () => {
    const store = inputsFromFolder({
      name: 'mlruns',
      files: [
        { relativePath: 'mlruns/1/abc/meta.yaml', text: 'run_id: abc' },
        { relativePath: 'mlruns/1/abc/artifacts/x', text: 'skip' },
      ],
    });
    expect(store).toEqual([
      {
        kind: 'folder',
        name: 'mlruns',
        entries: [{ relativePath: 'mlruns/1/abc/meta.yaml', text: 'run_id: abc' }],
      },
    ]);
    const plain = inputsFromFolder({
      name: 'out',
      files: [{ relativePath: 'out/results.json', text: '{}' }],
    });
    expect(plain).toEqual([
      { kind: 'file', name: 'out/results.json', bytes: new TextEncoder().encode('{}') },
    ]);
  });
});
