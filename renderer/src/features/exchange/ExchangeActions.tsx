// The Portfolio page's way in and out: export in any format, or import a portfolio bundle.
import { useState } from 'react';
import type { PortfolioBundle } from '../../../../shared/bundle/schema';
import { openFilterFor } from '../../../../shared/ipc/file-kinds';
import { desktopApi } from '../../platform/desktop-api';
import { useAppStore } from '../../store/app-store';
import { ExportDialog } from './ExportDialog';
import { ImportBundleDialog } from './ImportBundleDialog';

export function ExchangeActions() {
  const notify = useAppStore((state) => state.notify);
  const [exporting, setExporting] = useState(false);
  const [importing, setImporting] = useState<{ name: string; bundle: PortfolioBundle } | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  async function chooseBundle() {
    const picked = await desktopApi().openFile({ filters: [openFilterFor('bundle')] });
    if (!picked.ok) return notify('error', picked.error.message);
    if (!picked.value) return;
    // Validation code loads when it is needed, not with the first screen.
    const { parseBundle } = await import('../../../../shared/bundle/parse-bundle');
    const checked = await parseBundle(picked.value.content);
    if (!checked.ok) {
      setProblems(checked.problems.map((p) => `${p.field}: ${p.message}`));
      return;
    }
    setProblems([]);
    setImporting({ name: picked.value.name, bundle: checked.value });
  }

  return (
    <div className="actions">
      <button type="button" className="secondary" onClick={() => setExporting(true)}>
        Export…
      </button>
      <button type="button" className="secondary" onClick={() => void chooseBundle()}>
        Import a bundle…
      </button>
      {problems.length > 0 && (
        <ul className="field-error problems" role="alert" aria-label="Import problems">
          {problems.slice(0, 12).map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
          <li>Nothing was imported.</li>
        </ul>
      )}
      {exporting && <ExportDialog onClose={() => setExporting(false)} />}
      {importing && (
        <ImportBundleDialog
          name={importing.name}
          bundle={importing.bundle}
          onClose={() => setImporting(null)}
        />
      )}
    </div>
  );
}
