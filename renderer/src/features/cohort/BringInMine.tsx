// One person's devices: the bundle this person published from another machine, brought in through the
// usual merge preview (nothing changes before they confirm it).

import { useState } from 'react';
import type { PortfolioBundle } from '../../../../shared/bundle/schema';
import { problemText } from '../../../../shared/text/problem-text';
import { desktopApi } from '../../platform/desktop-api';
import { useAppStore } from '../../store/app-store';
import { ImportBundleDialog } from '../exchange/ImportBundleDialog';

export function BringInMine({ studentId }: { studentId: string }) {
  const notify = useAppStore((state) => state.notify);
  const [importing, setImporting] = useState<PortfolioBundle | null>(null);
  const name = `students/${studentId}/bundle.json`;

  async function bringIn() {
    const text = await desktopApi().readCohortStudent(studentId);
    if (!text.ok) return notify('error', text.error.message);
    const { parseBundle } = await import('../../../../shared/bundle/parse-bundle');
    const checked = await parseBundle(text.value);
    if (!checked.ok)
      return notify(
        'error',
        `${name} cannot be imported: ${checked.problems
          .slice(0, 5)
          .map((p) => problemText(p))
          .join(' ')}`,
      );
    setImporting(checked.value);
  }

  return (
    <>
      <button type="button" className="secondary" onClick={() => void bringIn()}>
        Import my bundle from the folder…
      </button>
      {importing && <ImportBundleDialog name={name} bundle={importing} onClose={() => setImporting(null)} />}
    </>
  );
}
