// The table of what an import adds, updates, removes and keeps, one line per kind of row it touches.
import type { MergePlan } from '../../../../../shared/bundle/merge-plan';
import { tableTitles } from '../../../../../shared/domain/table-titles';
import type { BundleTable } from '../../../../../shared/domain/tables';

export function MergeCounts({ plan }: { plan: MergePlan }) {
  const touched = (Object.entries(plan.counts) as [BundleTable, MergePlan['counts'][BundleTable]][]).filter(
    ([, count]) => count.add + count.update + count.remove + count.keep > 0,
  );
  if (touched.length === 0) return <p className="muted">The file holds nothing to import.</p>;
  return (
    <table className="data-table" aria-label="Import preview">
      <thead>
        <tr>
          <th scope="col">What</th>
          <th scope="col">Added</th>
          <th scope="col">Updated</th>
          <th scope="col">Removed</th>
          <th scope="col">Kept as is</th>
        </tr>
      </thead>
      <tbody>
        {touched.map(([table, count]) => (
          <tr key={table}>
            <th scope="row">{tableTitles[table].many}</th>
            <td>{count.add}</td>
            <td>{count.update}</td>
            <td>{count.remove}</td>
            <td>{count.keep}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
