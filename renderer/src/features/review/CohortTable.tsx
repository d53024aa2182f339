// The cohort comparison table: one row per student, sortable by any column, with "differences only"; a
// student whose bundle cannot be read keeps a row that names the problem.
import { useState } from 'react';
import {
  type CohortColumn,
  type CohortRow,
  cohortColumns,
  differingColumns,
} from '../../../../shared/cohort/cohort-row';

export type CohortTableRow = CohortRow & {
  /** Set for a student of the cohort folder, shown beside the name. */
  studentId?: string;
  problem?: string | null;
};

interface Props {
  rows: readonly CohortTableRow[];
  onOpen: (row: CohortTableRow) => void;
  /** A student's page is opening: the names wait. */
  opening?: boolean;
}

export function CohortTable({ rows, onOpen, opening = false }: Props) {
  const [sortBy, setSortBy] = useState<CohortColumn>('overall');
  const [differencesOnly, setDifferencesOnly] = useState(false);
  const shown = new Set(
    differencesOnly
      ? differingColumns(rows.filter((row) => !row.problem))
      : cohortColumns.map(([key]) => key),
  );
  const columns = cohortColumns.filter(([key]) => shown.has(key));
  const sorted = [...rows].sort(
    (a, b) => (b[sortBy] ?? -1) - (a[sortBy] ?? -1) || a.owner.localeCompare(b.owner),
  );
  return (
    <>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={differencesOnly}
          onChange={(e) => setDifferencesOnly(e.target.checked)}
        />{' '}
        Differences only
      </label>
      <div className="card table-scroll">
        <table className="data-table" aria-label="Cohort comparison">
          <thead>
            <tr>
              <th scope="col">Student</th>
              {columns.map(([key, label]) => (
                <th key={key} scope="col" aria-sort={sortBy === key ? 'descending' : 'none'}>
                  <button type="button" className="link" onClick={() => setSortBy(key)}>
                    {label}
                    {sortBy === key ? ' ▼' : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={row.studentId ?? row.hash}>
                <th scope="row">
                  {row.problem ? (
                    row.owner
                  ) : (
                    <button type="button" className="link" disabled={opening} onClick={() => onOpen(row)}>
                      {row.owner}
                    </button>
                  )}
                  {row.studentId && <span className="muted small"> ({row.studentId})</span>}
                  {row.readyToApply && <span className="badge badge-shipped">ready to apply</span>}
                  {row.missing && <span className="muted small"> Missing: {row.missing}</span>}
                  {row.problem && <span className="field-error small"> {row.problem}</span>}
                </th>
                {columns.map(([key]) => (
                  <td key={key}>{row[key] === null ? '—' : row[key]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
