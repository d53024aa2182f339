// Imports a portfolio bundle: everything is validated first, then a preview of what would be added,
// updated, removed and kept, every conflict with both versions and a choice, then a backup, then one
// transaction. Nothing is removed or overwritten that the preview did not list.
import { useEffect, useMemo, useState } from 'react';
import { rowsAtCurrentContent } from '../../../../shared/bundle/bundle-content-version';
import {
  applyPlanRows,
  type MergePlan,
  planMerge,
  type Side,
  totalChanges,
} from '../../../../shared/bundle/merge-plan';
import { incomingRows, rowsFromBundle } from '../../../../shared/bundle/rows';
import type { PortfolioBundle } from '../../../../shared/bundle/schema';
import type { BundleRows } from '../../../../shared/domain/tables';
import { roadmapItems } from '../../../../shared/progress/items';
import { useCurriculum } from '../../content/curriculum-source';
import { readBundleRows, writeBundleRows } from '../../db/bundle-rows';
import { useDatabase } from '../../db/database-context';
import { describeDatabaseError } from '../../db/describe-error';
import { useAppStore } from '../../store/app-store';
import { announceDataReplaced } from '../../ui/cross-window';
import { Modal } from '../../ui/Modal';
import { backUpBeforeImport, dataFromBefore } from '../backups/before-import';
import { ConflictChoices } from './merge-preview/ConflictChoices';
import { MergeCounts } from './merge-preview/MergeCounts';
import { MergeNotes } from './merge-preview/MergeNotes';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function summary(plan: MergePlan): string {
  const total = totalChanges(plan);
  return [
    plural(total.add, 'row added', 'rows added'),
    plural(total.update, 'updated', 'updated'),
    plural(total.remove, 'removed', 'removed'),
  ].join(', ');
}

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
  const curriculum = useCurriculum();
  const notify = useAppStore((state) => state.notify);
  const [existing, setExisting] = useState<BundleRows | null>(null);
  const [choices, setChoices] = useState<ReadonlyMap<string, Side>>(new Map());
  const [now] = useState(() => new Date().toISOString());
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    readBundleRows(db).then(setExisting, (error: unknown) => notify('error', describeDatabaseError(error)));
  }, [db, notify]);
  const knownItemIds = useMemo(
    () => (curriculum ? new Set(roadmapItems(curriculum).map((item) => item.id)) : undefined),
    [curriculum],
  );
  // The file's rows under today's item ids, when it was exported with an older curriculum.
  const fileRows = useMemo(
    () =>
      curriculum ? rowsAtCurrentContent(rowsFromBundle(bundle), curriculum, bundle.contentVersion) : null,
    [bundle, curriculum],
  );
  // A section the bundle left out counts as unchanged: the plan compares it with itself.
  const plan = useMemo(
    () =>
      existing && knownItemIds && fileRows
        ? planMerge(existing, incomingRows(existing, bundle, fileRows), {
            now,
            exportedAt: bundle.exportedAt,
            choices,
            knownItemIds,
          })
        : null,
    [existing, bundle, fileRows, now, choices, knownItemIds],
  );

  const choose = (key: string, side: Side) => setChoices((current) => new Map(current).set(key, side));

  async function confirm() {
    if (!plan) return;
    setBusy(true);
    try {
      const backup = await backUpBeforeImport(db, name);
      if (!backup.ok) return notify('error', backup.error.message);
      await writeBundleRows(db, applyPlanRows(plan), name, plan.remove);
      announceDataReplaced('import');
      notify('info', `Imported ${name}: ${summary(plan)}. ${dataFromBefore(backup.value)}`);
      onClose();
    } catch (error) {
      notify('error', `${name} was not imported: ${describeDatabaseError(error)}`);
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
          <MergeCounts plan={plan} />
          <MergeNotes plan={plan} />
          <ConflictChoices conflicts={plan.conflicts} onChoose={choose} />
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
