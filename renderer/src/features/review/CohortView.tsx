// Several students side by side: progress, readiness per layer, key metrics, what is missing. With a cohort
// folder connected, every student of the folder; otherwise the bundles opened in the review space.
import { useMemo, useState } from 'react';
import { cohortRow } from '../../../../shared/cohort/cohort-row';
import { useCurriculum } from '../../content/curriculum-source';
import { useOpenedBundles } from '../../db/live-review-space';
import { useAppStore } from '../../store/app-store';
import { useFirstScreenReady } from '../../ui/first-screen-ready';
import { useCohortFolder } from '../cohort/cohort-folder-state';
import { openStudentFromCohort } from '../cohort/open-student';
import { useFolderCohortRows } from '../cohort/use-folder-cohort-rows';
import { CohortTable, type CohortTableRow } from './CohortTable';
import { latestPerStudent } from './cohort';

export function CohortView() {
  const curriculum = useCurriculum();
  const goTo = useAppStore((state) => state.goTo);
  const notify = useAppStore((state) => state.notify);
  const folder = useCohortFolder();
  const bundles = useOpenedBundles();
  const [opening, setOpening] = useState(false);
  const index = folder.connection && folder.index?.students.length ? folder.index : null;
  const fromFolder = useFolderCohortRows(curriculum, index?.students ?? null);
  const usesFolder = index !== null;
  // Scored only when shown: a mentor with a folder may also have many bundles opened.
  const fromOpened = useMemo(
    () =>
      !usesFolder && curriculum && bundles
        ? latestPerStudent(bundles).map((b) => cohortRow(curriculum, b.bundle))
        : [],
    [usesFolder, curriculum, bundles],
  );
  // The source is known once the folder was asked about; the table draws once its rows can.
  const ready =
    folder.loaded && curriculum !== undefined && (index ? fromFolder !== null : bundles !== undefined);
  useFirstScreenReady(ready);
  const rows: readonly CohortTableRow[] = index ? (fromFolder?.rows ?? []) : fromOpened;

  async function open(row: CohortTableRow) {
    if (!row.studentId) return goTo('review', 'bundle', row.hash);
    setOpening(true);
    try {
      const opened = await openStudentFromCohort(row.studentId);
      if (!opened.ok) return notify('error', opened.error.message);
      goTo('review', 'bundle', opened.value);
    } catch (error) {
      notify('error', `${row.owner}’s bundle could not be opened: ${(error as Error).message}`);
    } finally {
      setOpening(false);
    }
  }

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
          {index ? (
            <>
              Every student of the cohort folder {index.cohort ? <strong>{index.cohort.name}</strong> : null}{' '}
              (<code>{index.folder}</code>), by the latest bundle each published there.
            </>
          ) : (
            'Each student side by side, by their latest bundle among the bundles opened in the review space.'
          )}{' '}
          Click a column to sort by it.
        </p>
      </header>
      {fromFolder && index && (
        <p role="status" className="muted">
          {fromFolder.scored < fromFolder.total
            ? `Reading ${fromFolder.scored} of ${fromFolder.total} students…`
            : `${fromFolder.total} ${fromFolder.total === 1 ? 'student' : 'students'} read from the folder.`}
        </p>
      )}
      {ready && <CohortTable rows={rows} onOpen={(row) => void open(row)} opening={opening} />}
    </article>
  );
}
