// Archive and delete from the project page, each with Undo in the notice that confirms it.
import { countOf } from '../../../../shared/text/plural';
import type { ShipReadyDatabase } from '../../db/database';
import { describeDatabaseError } from '../../db/describe-error';
import { archiveProject, deleteProject, restoreProject } from '../../db/repositories/projects';
import { appStore } from '../../store/app-store';
import { reportWrite } from '../../ui/report-write';

export async function deleteWithUndo(db: ShipReadyDatabase, projectId: string): Promise<void> {
  const { notify, goTo } = appStore.getState();
  try {
    const result = await deleteProject(db, projectId);
    if (!result.ok) return notify('error', result.error.message);
    goTo('portfolio');
    const { project, runs, metrics } = result.value;
    notify(
      'info',
      `Deleted “${project.title}” with ${countOf(runs.length, 'run')} and ${countOf(metrics.length, 'metric')}.`,
      {
        label: 'Undo',
        run: () =>
          reportWrite(restoreProject(db, result.value).then(() => goTo('portfolio', 'project', project.id))),
      },
    );
  } catch (error) {
    notify('error', describeDatabaseError(error));
  }
}

export async function toggleArchive(
  db: ShipReadyDatabase,
  projectId: string,
  archive: boolean,
): Promise<void> {
  const { notify } = appStore.getState();
  const result = await archiveProject(db, projectId, archive);
  if (!result.ok) return notify('error', result.error.message);
  notify(
    'info',
    archive
      ? 'Project archived; it is hidden from the list until you show archived projects.'
      : 'Project restored.',
    {
      label: 'Undo',
      run: () => void archiveProject(db, projectId, !archive),
    },
  );
}
