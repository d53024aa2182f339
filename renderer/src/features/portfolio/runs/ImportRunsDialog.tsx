// Imports runs from a CSV or JSON file: map columns, preview, see every problem; nothing is written
// until the person confirms, and then all runs land in one transaction, with Undo.

import { useMemo, useState } from 'react';
import { describeSeries } from '../../../../../shared/metrics/validate-metric';
import { describeDialect, parseCsvWithDialect } from '../../../../../shared/portfolio/csv';
import {
  guessMapping,
  type ImportMapping,
  rowsToRunDrafts,
} from '../../../../../shared/portfolio/import-mapping';
import { parseRunsJson } from '../../../../../shared/portfolio/json-import';
import type { Checked, EvalRunDraft } from '../../../../../shared/portfolio/types';
import { formatDay } from '../../../../../shared/progress/format-day';
import { describeSize } from '../../../../../shared/text/describe-size';
import { countOf } from '../../../../../shared/text/plural';
import { useDatabase } from '../../../db/database-context';
import { importRuns, removeImportedRuns } from '../../../db/repositories/eval-runs';
import { useAppStore } from '../../../store/app-store';
import { Modal } from '../../../ui/Modal';
import { backUpBeforeImport, dataFromBefore } from '../../backups/before-import';
import { ImportMappingEditor } from './ImportMappingEditor';

export const maxImportBytes = 5 * 1024 * 1024;

type Source =
  | { kind: 'csv'; name: string; headers: string[]; rows: string[][]; readAs: string }
  | { kind: 'json'; name: string; text: string };

export function readImportFile(name: string, content: string): Checked<Source> {
  if (content.length > maxImportBytes)
    return {
      ok: false,
      problems: [{ field: 'file', message: `${name} is larger than ${describeSize(maxImportBytes)}.` }],
    };
  if (/\.json$/i.test(name)) return { ok: true, value: { kind: 'json', name, text: content } };
  const table = parseCsvWithDialect(content);
  if (!table.ok) return table;
  const { headers, rows, dialect } = table.value;
  return { ok: true, value: { kind: 'csv', name, headers, rows, readAs: describeDialect(dialect) } };
}

/** A metric as the preview reads it: "Recall@5", "Faithfulness", never the stored key `recall_at_k@5=`. */
function previewLabel(metric: { key: string; k?: unknown }): string {
  const k = typeof metric.k === 'number' ? metric.k : Number(metric.k);
  return describeSeries({ key: metric.key, ...(Number.isInteger(k) && k > 0 ? { k } : {}) }).label;
}

export function ImportRunsDialog({
  projectId,
  source,
  onClose,
}: {
  projectId: string;
  source: Source;
  onClose: () => void;
}) {
  const db = useDatabase();
  const notify = useAppStore((state) => state.notify);
  const [mapping, setMapping] = useState<ImportMapping | null>(() =>
    source.kind === 'csv' ? guessMapping(source.headers) : null,
  );
  const [saving, setSaving] = useState(false);
  const drafts: Checked<EvalRunDraft[]> = useMemo(() => {
    if (source.kind === 'json') return parseRunsJson(source.text);
    return mapping ? rowsToRunDrafts(source, mapping) : { ok: false, problems: [] };
  }, [source, mapping]);

  async function confirm() {
    if (!drafts.ok) return;
    setSaving(true);
    const backup = await backUpBeforeImport(db, source.name);
    if (!backup.ok) {
      setSaving(false);
      return notify('error', backup.error.message);
    }
    const result = await importRuns(db, projectId, drafts.value);
    setSaving(false);
    if (!result.ok) return notify('error', result.error.message);
    notify(
      'info',
      `Imported ${countOf(result.value.length, 'run')} from ${source.name}. ${dataFromBefore(backup.value)}`,
      {
        label: 'Undo',
        run: () => void removeImportedRuns(db, result.value),
      },
    );
    onClose();
  }

  return (
    <Modal title={<>Import runs from {source.name}</>} onClose={onClose} wide>
      {source.kind === 'csv' && <p className="muted small">Read as {source.readAs}.</p>}
      {source.kind === 'csv' && mapping && (
        <ImportMappingEditor headers={source.headers} mapping={mapping} onChange={setMapping} />
      )}
      {drafts.ok ? (
        <>
          <p>{countOf(drafts.value.length, 'run')} ready. Nothing is written until you import them.</p>
          <table className="data-table" aria-label="Import preview">
            <thead>
              <tr>
                <th scope="col">Label</th>
                <th scope="col">Date</th>
                <th scope="col">Model</th>
                <th scope="col">Metrics</th>
              </tr>
            </thead>
            <tbody>
              {drafts.value.slice(0, 10).map((draft, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: preview rows follow the file's order.
                <tr key={index}>
                  <td>{draft.label}</td>
                  <td>{formatDay(draft.ranOn)}</td>
                  <td>{draft.context.model ?? '—'}</td>
                  <td>{draft.metrics.map((m) => `${previewLabel(m)} ${String(m.value)}`).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {drafts.value.length > 10 && (
            <p className="muted small">…and {countOf(drafts.value.length - 10, 'more run', 'more runs')}.</p>
          )}
        </>
      ) : (
        <ul className="field-error problems" role="alert" aria-label="Problems">
          {drafts.problems.map((problem) => (
            <li key={`${problem.field}:${problem.message}`}>
              {problem.field}: {problem.message}
            </li>
          ))}
        </ul>
      )}
      {saving && (
        // The backup and the one-transaction write can take a second or more with a large portfolio.
        <p role="status" className="muted">
          Saving a backup, then writing {countOf(drafts.ok ? drafts.value.length : 0, 'run')}…
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          disabled={!drafts.ok || saving}
          onClick={() => void confirm()}
        >
          {drafts.ok ? `Import ${countOf(drafts.value.length, 'run')}` : 'Fix the problems to import'}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
