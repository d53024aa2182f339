// The Portfolio page's way in and out: export in any format, or import a portfolio bundle.
import { useState } from 'react';
import { reportWrite } from '../../ui/report-write';
import { useBundleImport } from './BundleImport';
import { ExportDialog } from './ExportDialog';

export function ExchangeActions() {
  const [exporting, setExporting] = useState(false);
  const bundleImport = useBundleImport();
  return (
    <div className="actions">
      <button type="button" className="secondary" onClick={() => setExporting(true)}>
        Export…
      </button>
      <button type="button" className="secondary" onClick={() => reportWrite(bundleImport.choose())}>
        Import a bundle…
      </button>
      {bundleImport.view}
      {exporting && <ExportDialog onClose={() => setExporting(false)} />}
    </div>
  );
}
