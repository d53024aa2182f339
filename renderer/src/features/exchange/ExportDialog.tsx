// Export: choose what to leave out, then a format; the file is saved through the desktop side.
import { useId, useState } from 'react';
import { useCurriculum } from '../../content/curriculum-source';
import { readBundleRows } from '../../db/bundle-rows';
import { useDatabase } from '../../db/database-context';
import { useSetting } from '../../db/live';
import { readVerification } from '../../db/readiness-verification';
import { recordBundleExport } from '../../db/repositories/bundle-exports';
import { setSetting } from '../../db/repositories/settings';
import { settingKeys } from '../../db/settings-keys';
import { desktopApi } from '../../platform/desktop-api';
import { useAppStore } from '../../store/app-store';
import { localDay } from '../../ui/local-day';
import { Modal } from '../../ui/Modal';
import { reportWrite } from '../../ui/report-write';
import type { ExportFormat, Privacy } from './export-formats';
import { formatInfo } from './format-info';
import { printOrSavePdf } from './print-page';

const stages = ['Reading your data…', 'Building the file…', 'Saving…'] as const;
/** Lets the browser paint the new stage before the next stretch of work. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

const privacyLabels: Record<keyof Privacy, string> = {
  notes: 'Private notes',
  resources: 'Personal resources',
  costs: 'Costs and token counts of LLM answers',
  llmAnswers: 'LLM answers',
  reviewLog: 'Review log (your ratings of review cards)',
  readiness: 'Readiness score, gaps and flags (HTML report and README)',
  progress: 'Curriculum progress (HTML report and README)',
};

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const db = useDatabase();
  const curriculum = useCurriculum();
  const notify = useAppStore((state) => state.notify);
  const storedName = useSetting<string>(settingKeys.ownerName);
  const [owner, setOwner] = useState<string | null>(null);
  const [privacy, setPrivacy] = useState<Privacy>({
    notes: false,
    resources: true,
    costs: false,
    llmAnswers: true,
    // Off by default: how a person rates their own recall is theirs unless they choose to share it.
    reviewLog: false,
    // Off by default, like notes: a README for a repository shows the projects, not a self-assessment.
    readiness: false,
    progress: false,
  });
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [stage, setStage] = useState(0);
  const headingId = useId();
  const name = owner ?? storedName ?? '';

  async function exportAs(format: ExportFormat) {
    if (!curriculum) return;
    setBusy(format);
    const show = async (index: number) => {
      setStage(index);
      await nextFrame();
    };
    try {
      await show(0);
      if (name.trim() !== (storedName ?? '')) await setSetting(db, settingKeys.ownerName, name.trim(), true);
      const today = localDay();
      // The exporters (bundle, HTML, Markdown, JSON Resume) load on first export, not with the app.
      const [{ buildExport }, rows, verification] = await Promise.all([
        import('./export-formats'),
        readBundleRows(db),
        readVerification(db),
      ]);
      await show(1);
      const file = await buildExport(format, {
        owner: name.trim(),
        curriculum,
        rows,
        privacy,
        today,
        verification,
      });
      await show(2);
      const saved = await desktopApi().saveFile({
        suggestedName: file.fileName,
        content: file.content,
        filters: [{ name: formatInfo[format].label, extensions: [formatInfo[format].extension] }],
      });
      if (!saved.ok) notify('error', saved.error.message);
      else if (saved.value.saved) {
        // A mentor's review of this file names its hash: recorded, the review counts as verified evidence.
        if (file.contentHash)
          await recordBundleExport(db, file.contentHash, saved.value.path ?? file.fileName);
        notify('info', `${formatInfo[format].label} saved to ${saved.value.path}.`);
      }
    } catch (error) {
      notify('error', `The export failed: ${(error as Error).message}`);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Modal title="Export your portfolio" onClose={onClose} wide>
      <label htmlFor={`${headingId}-owner`}>Your name, as a mentor will see it</label>
      <input
        id={`${headingId}-owner`}
        value={name}
        // Until the name used last time has loaded, typing could be replaced by it: the field waits for it.
        disabled={storedName === undefined}
        maxLength={120}
        aria-describedby={`${headingId}-owner-count`}
        onChange={(e) => setOwner(e.target.value)}
      />
      <span id={`${headingId}-owner-count`} className="muted small">
        {name.length} of 120 characters
      </span>
      <fieldset className="checklist">
        <legend>Include</legend>
        {(Object.keys(privacyLabels) as (keyof Privacy)[]).map((key) => (
          <label key={key} className="checkbox">
            <input
              type="checkbox"
              checked={privacy[key]}
              onChange={(e) => setPrivacy({ ...privacy, [key]: e.target.checked })}
            />
            {privacyLabels[key]}
          </label>
        ))}
      </fieldset>
      <ul className="export-formats">
        {(Object.keys(formatInfo) as ExportFormat[]).map((format) => (
          <li key={format}>
            <button
              type="button"
              className="secondary"
              disabled={busy !== null || !curriculum}
              onClick={() => reportWrite(exportAs(format))}
            >
              {busy === format ? 'Exporting…' : `Save ${formatInfo[format].label}`}
            </button>
            <span className="muted small">{formatInfo[format].description}</span>
          </li>
        ))}
      </ul>
      <div role="status" className="export-progress">
        {busy && (
          <>
            <progress max={stages.length} value={stage + 1} aria-label="Export progress" />{' '}
            <span className="muted small">
              Step {stage + 1} of {stages.length}: {stages[stage]}
            </span>
          </>
        )}
      </div>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() => {
            onClose();
            // The print stylesheet hides the app's chrome; Electron saves a PDF, a browser opens its print dialog.
            requestAnimationFrame(() => {
              const print = () => window.print();
              void printOrSavePdf({ desktop: window.shipready, print, notify, today: localDay() });
            });
          }}
        >
          Print or save as PDF
        </button>
        <span className="muted small">
          Prints the page you are on (e.g. a project or Readiness) without the sidebar.
        </span>
      </div>
      <div className="form-actions">
        <button type="button" className="primary" onClick={onClose}>
          Done
        </button>
      </div>
    </Modal>
  );
}
