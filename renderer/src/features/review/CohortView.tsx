// Several students side by side: progress, readiness per layer, key metrics, what is missing.
import { useMemo, useState } from 'react';
import { useCurriculum } from '../../content/curriculum-source';
import { useOpenedBundles } from '../../db/live-review-space';
import { useAppStore } from '../../store/app-store';
import { useFirstScreenReady } from '../../ui/first-screen-ready';
import { type CohortColumn, cohortColumns, cohortRow, differingColumns, latestPerStudent } from './cohort';

export function CohortView() {
  const curriculum = useCurriculum();
  const goTo = useAppStore((state) => state.goTo);
  const bundles = useOpenedBundles();
  const [sortBy, setSortBy] = useState<CohortColumn>('overall');
  const [differencesOnly, setDifferencesOnly] = useState(false);
  const rows = useMemo(
    () => (curriculum && bundles ? latestPerStudent(bundles).map((b) => cohortRow(curriculum, b)) : []),
    [curriculum, bundles],
  );
  useFirstScreenReady(bundles !== undefined && curriculum !== undefined);
  const shown = differencesOnly
    ? new Set(differingColumns(rows))
    : new Set(cohortColumns.map(([key]) => key));
  const sorted = [...rows].sort(
    (a, b) => (b[sortBy] ?? -1) - (a[sortBy] ?? -1) || a.owner.localeCompare(b.owner),
  );
  return (
    <article>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <button type="button" className="link" onClick={() => goTo('review')}>
          Review space
        </button>
        <span aria-hidden="true">›</span>
        <span>Cohort</span>
      </nav>
      <header className="page-header">
        <h1>Cohort</h1>
        <p className="lede">
          Each student side by side, by their latest bundle. Click a column to sort by it.
        </p>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={differencesOnly}
            onChange={(e) => setDifferencesOnly(e.target.checked)}
          />{' '}
          Differences only
        </label>
      </header>
      <div className="card table-scroll">
        <table className="data-table" aria-label="Cohort comparison">
          <thead>
            <tr>
              <th scope="col">Student</th>
              {cohortColumns
                .filter(([key]) => shown.has(key))
                .map(([key, label]) => (
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
              <tr key={row.hash}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => goTo('review', 'bundle', row.hash)}>
                    {row.owner}
                  </button>
                  {row.readyToApply && <span className="badge badge-shipped">ready to apply</span>}
                  {row.missing && <span className="muted small"> Missing: {row.missing}</span>}
                </th>
                {cohortColumns
                  .filter(([key]) => shown.has(key))
                  .map(([key]) => (
                    <td key={key}>{row[key] === null ? '—' : row[key]}</td>
                  ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
