// Shown when a project was changed in another window after this form opened: both versions of each field
// this form changed, and the person chooses which to keep.
import type { Project } from '../../../../shared/domain/projects';
import type { ProjectChanges } from '../../db/repositories/projects';
import { editOfProject, shownValue } from './project-changes';

interface Props {
  theirs: Project;
  changes: ProjectChanges;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

export function ProjectConflict({ theirs, changes, onKeepMine, onTakeTheirs }: Props) {
  const other = editOfProject(theirs);
  return (
    <div className="field-error" role="alert" aria-label="Project changed in another window">
      <p>This project was changed in another window after you opened it here. Nothing was saved yet.</p>
      <ul>
        {(Object.keys(changes) as (keyof ProjectChanges)[]).map((key) => (
          <li key={key}>
            <strong>{key}</strong>: the other window has “{shownValue(other[key])}”, yours is “
            {shownValue(changes[key])}”
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <button type="button" className="primary" onClick={onKeepMine}>
          Save mine over it
        </button>
        <button type="button" className="secondary" onClick={onTakeTheirs}>
          Take the other window’s
        </button>
      </div>
    </div>
  );
}
