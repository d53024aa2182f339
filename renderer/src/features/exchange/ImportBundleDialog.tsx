// Imports a portfolio bundle: everything is validated first, then a preview of what would be added,
// updated and kept (and which conflicts resolve how), then a backup, then one transaction.
import { useEffect, useState } from 'react';
import { applyPlanRows, type MergePlan, planMerge } from '../../../../shared/bundle/merge-plan';
import { incomingRows } from '../../../../shared/bundle/rows';
import type { PortfolioBundle } from '../../../../shared/bundle/schema';
import { readBundleRows, writeBundleRows } from '../../db/bundle-rows';
import { useDatabase } from '../../db/database-context';
import { useAppStore } from '../../store/app-store';
import { Modal } from '../../ui/Modal';
import { backUpBeforeImport, dataFromBefore } from '../backups/before-import';

export function ImportBundleDialog({
  name,
  bundle,
  onClose,
}: {
  name: string;
  bundle: PortfolioBundle;
  onClose: () => void;
}) {
  const db = useDatabase();
  const notify = useAppStore((state) => state.notify);
  const [plan, setPlan] = useState<MergePlan | null>(null);
  const [busy, setBusy] = useState(false);
  // A section the bundle left out counts as unchanged: the plan compares it with itself.
  useEffect(() => {
    void readBundleRows(db).then((existing) => setPlan(planMerge(existing, incomingRows(existing, bundle))));
  }, [db, bundle]);

  async function confirm() {
    if (!plan) return;
    setBusy(true);
    try {
      const backup = await backUpBeforeImport(db, name);
      if (!backup.ok) return notify('error', backup.error.message);
      const rows = await writeBundleRows(db, applyPlanRows(plan), name, plan.remove);
      notify('info', `Imported ${rows} rows from ${name}. ${dataFromBefore(backup.value)}`);
      onClose();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal title={<>Import {name}</>} onClose={onClose} wide>
      <p className="muted small">
        {bundle.owner.name || 'Someone'}’s portfolio. Nothing is written until you confirm; your current data
        is backed up first.
      </p>
      {!plan && <p className="muted">Comparing with your data…</p>}
      {plan && (
        <>
          <table className="data-table" aria-label="Import preview">
            <thead>
              <tr>
                <th scope="col">Table</th>
                <th scope="col">Added</th>
                <th scope="col">Updated</th>
                <th scope="col">Kept as is</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(plan.counts).map(([table, count]) => (
                <tr key={table}>
                  <th scope="row">{table}</th>
                  <td>{count.add}</td>
                  <td>{count.update}</td>
                  <td>{count.keep}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {plan.conflicts.length > 0 && (
            <>
              <h3>Changed on both sides ({plan.conflicts.length}): the most recently modified wins</h3>
              <ul className="problems" aria-label="Conflicts">
                {plan.conflicts.slice(0, 20).map((conflict) => (
                  <li key={`${conflict.table}:${conflict.id}`}>
                    {conflict.table} “{conflict.label}”:{' '}
                    {conflict.winner === 'incoming' ? 'the file’s version' : 'your version'} is kept
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <div className="form-actions actions">
        <button type="button" className="primary" disabled={!plan || busy} onClick={() => void confirm()}>
          {busy ? 'Importing…' : 'Import'}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
