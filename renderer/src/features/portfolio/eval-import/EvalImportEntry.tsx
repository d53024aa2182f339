// Where an eval-tool import starts on a project: pick files (several at once), pick an mlruns folder, or
// drop either onto the zone; then the import dialog reads and previews them.
import { type DragEvent, useRef, useState } from 'react';
import type { EvalInput } from '../../../../../shared/eval-import/import-eval';
import { desktopApi } from '../../../platform/desktop-api';
import { useAppStore } from '../../../store/app-store';
import { inputsFromFolder, inputsFromPicked, pickedFromDrop, pickedFromList } from './collect-inputs';
import { EvalImportDialog } from './EvalImportDialog';
import type { KnownSources } from './plan-files';

export function EvalImportEntry({
  projectId,
  knownSources,
}: {
  projectId: string;
  knownSources: KnownSources;
}) {
  const notify = useAppStore((state) => state.notify);
  const fileInput = useRef<HTMLInputElement>(null);
  const [inputs, setInputs] = useState<EvalInput[] | null>(null);
  const [over, setOver] = useState(false);

  async function open(read: () => Promise<EvalInput[]>) {
    try {
      const next = await read();
      if (next.length > 0) setInputs(next);
    } catch (error) {
      notify(
        'error',
        `The files could not be read: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  async function pickFolder() {
    const picked = await desktopApi().openFolder();
    if (!picked.ok) return notify('error', picked.error.message);
    if (picked.value) setInputs(inputsFromFolder(picked.value));
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    // The drop's entries must be taken before anything is awaited.
    const picked = pickedFromDrop(event.dataTransfer);
    void open(async () => inputsFromPicked(await picked));
  }

  return (
    <section
      aria-label="Import eval results"
      className={over ? 'eval-drop-zone over' : 'eval-drop-zone'}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <p className="muted small">
        Drop files from lm-evaluation-harness, Inspect, promptfoo, DeepEval, MLflow or Ragas here, or
      </p>
      <button type="button" className="secondary" onClick={() => fileInput.current?.click()}>
        Import eval files…
      </button>{' '}
      <button type="button" className="secondary" onClick={() => void pickFolder()}>
        Import an mlruns folder…
      </button>
      <input
        ref={fileInput}
        type="file"
        multiple
        // No accept filter: DeepEval names some files without an extension, and the importer reads content.
        hidden
        aria-label="Eval files"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          void open(() => inputsFromPicked(pickedFromList(files)));
        }}
      />
      {inputs && (
        <EvalImportDialog
          projectId={projectId}
          inputs={inputs}
          knownSources={knownSources}
          onClose={() => setInputs(null)}
        />
      )}
    </section>
  );
}
