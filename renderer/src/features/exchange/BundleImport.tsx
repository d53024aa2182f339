// Choosing a portfolio bundle to import: the file picker, the problems that refuse it, and the merge dialog.
// Used by the Portfolio page and by the first-launch welcome ("import my portfolio").
import { type ReactNode, useState } from 'react';
import type { PortfolioBundle } from '../../../../shared/bundle/schema';
import { openFilterFor } from '../../../../shared/ipc/file-kinds';
import { problemText } from '../../../../shared/text/problem-text';
import { desktopApi } from '../../platform/desktop-api';
import { useAppStore } from '../../store/app-store';
import { ImportBundleDialog } from './ImportBundleDialog';

export function useBundleImport(): { choose: () => Promise<void>; view: ReactNode } {
  const notify = useAppStore((state) => state.notify);
  const [importing, setImporting] = useState<{ name: string; bundle: PortfolioBundle } | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  async function choose() {
    const picked = await desktopApi().openFile({ filters: [openFilterFor('bundle')] });
    if (!picked.ok) return notify('error', picked.error.message);
    if (!picked.value) return;
    // Validation code loads when it is needed, not with the first screen.
    const { parseBundle } = await import('../../../../shared/bundle/parse-bundle');
    const checked = await parseBundle(picked.value.content);
    if (!checked.ok) {
      setProblems(checked.problems.map(problemText));
      return;
    }
    setProblems([]);
    setImporting({ name: picked.value.name, bundle: checked.value });
  }

  const view = (
    <>
      {problems.length > 0 && (
        <ul className="field-error problems" role="alert" aria-label="Import problems">
          {problems.slice(0, 12).map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
          <li>Nothing was imported.</li>
        </ul>
      )}
      {importing && (
        <ImportBundleDialog
          name={importing.name}
          bundle={importing.bundle}
          onClose={() => setImporting(null)}
        />
      )}
    </>
  );
  return { choose, view };
}
