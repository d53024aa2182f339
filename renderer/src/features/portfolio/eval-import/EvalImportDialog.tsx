// Imports what eval tools wrote: the files are read in a worker with progress shown, the preview says what
// each becomes and what is left out, and nothing is written until the person confirms; then a backup,
// one transaction for every run, and Undo.
import { useEffect, useState } from 'react';
import type { EvalInput } from '../../../../../shared/eval-import/import-eval';
import { useDatabase } from '../../../db/database-context';
import { importEvalRuns, undoEvalImport } from '../../../db/repositories/eval-runs';
import { useAppStore } from '../../../store/app-store';
import { localDay } from '../../../ui/local-day';
import { Modal } from '../../../ui/Modal';
import { reportWrite } from '../../../ui/report-write';
import { backUpBeforeImport, dataFromBefore } from '../../backups/before-import';
import { FilePlanPreview } from './FilePlanPreview';
import { parseInWorker } from './parse-in-worker';
import { alreadyImportedSentence, type FilesPlan, type KnownSources, planFiles } from './plan-files';
import type { ParseFiles, ParseProgress } from './worker-messages';

interface Props {
  projectId: string;
  inputs: EvalInput[];
  onClose: () => void;
  /** Reads the files; the worker by default, the importer itself in tests. */
  parse?: ParseFiles;
  /** Files already imported into this project, so a second import of the same bytes is pointed out. */
  knownSources?: KnownSources;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function EvalImportDialog({ projectId, inputs, onClose, parse = parseInWorker, knownSources }: Props) {
  const db = useDatabase();
  const notify = useAppStore((state) => state.notify);
  const [progress, setProgress] = useState<ParseProgress>({ done: 0, total: inputs.length });
  const [planned, setPlanned] = useState<FilesPlan | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let current = true;
    parse(inputs, (next) => current && setProgress(next)).then(
      (outcomes) => {
        if (current)
          setPlanned(planFiles(outcomes, { importedAt: new Date().toISOString(), today: localDay() }));
      },
      (error: unknown) => current && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [inputs, parse]);

  async function confirm() {
    if (!planned || planned.runCount === 0) return;
    setSaving(true);
    const names = planned.plans.filter((plan) => plan.runs.length > 0).map((plan) => plan.fileName);
    const backup = await backUpBeforeImport(db, names.join(', '));
    if (!backup.ok) {
      setSaving(false);
      return notify('error', backup.error.message);
    }
    const rows = planned.plans.flatMap((plan) =>
      plan.runs.map((run) => ({ run: run.run, metrics: run.metrics.map((metric) => metric.row) })),
    );
    const result = await importEvalRuns(db, projectId, rows);
    setSaving(false);
    if (!result.ok) return notify('error', result.error.message);
    const written = result.value;
    notify(
      'info',
      `Imported ${plural(written.runIds.length, 'run')} with ${plural(written.metricIds.length, 'metric')} from ${names.join(', ')}. ${dataFromBefore(backup.value)}`,
      { label: 'Undo', run: () => reportWrite(undoEvalImport(db, written)) },
    );
    onClose();
  }

  const reading = !planned && !failure;
  return (
    <Modal title="Import eval results" onClose={onClose} wide>
      {reading && (
        <p role="status">
          Reading {progress.current ?? 'the files'}… {progress.done} of {progress.total} read.
        </p>
      )}
      {failure && (
        <p className="field-error" role="alert">
          Nothing was imported: {failure}
        </p>
      )}
      {planned && (
        <>
          <p role="status">
            {planned.runCount > 0
              ? `${plural(planned.runCount, 'run')} with ${plural(planned.metricCount, 'metric')} ready. Nothing is written until you import them.`
              : 'Nothing to import: no file holds a run with a measured metric.'}
          </p>
          {planned.refused.length > 0 && (
            <ul className="field-error problems" role="alert" aria-label="Files not imported">
              {planned.refused.map((refused) => (
                <li key={`${refused.name}:${refused.sentence}`}>{refused.sentence}</li>
              ))}
            </ul>
          )}
          {planned.plans
            .filter((plan) => plan.runs.length > 0)
            .map((plan) => (
              <FilePlanPreview
                key={`${plan.fileName}:${plan.detectedBy}`}
                plan={plan}
                alreadyImported={(() => {
                  const known = knownSources?.get(plan.sha256);
                  return known ? alreadyImportedSentence(plan.fileName, known) : undefined;
                })()}
              />
            ))}
        </>
      )}
      {saving && (
        // The backup and the one-transaction write can take a second or more with a large portfolio.
        <p role="status" className="muted">
          Saving a backup, then writing {plural(planned?.runCount ?? 0, 'run')}…
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          disabled={!planned || planned.runCount === 0 || saving}
          onClick={() => void confirm()}
        >
          {planned && planned.runCount > 0
            ? `Import ${plural(planned.runCount, 'run')}`
            : 'Nothing to import yet'}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
