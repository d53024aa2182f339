// What the mentor is asked to judge about one project, read-only: design decisions, the milestones the student ticked,
// each run's model, dataset, commit and baseline, and the links with their addresses (not just their labels).
import type { EvalRun } from '../../../../shared/domain/eval-runs';
import type { Milestone, Project } from '../../../../shared/domain/projects';
import { formatDay } from '../../../../shared/progress/format-day';
import { countOf } from '../../../../shared/text/plural';

interface Props {
  project: Project;
  milestones: Milestone[];
  runs: EvalRun[];
}

const datasetOf = (run: EvalRun) => {
  const { datasetName, datasetSize, datasetSplit } = run.context;
  if (!datasetName) return 'not recorded';
  const size = datasetSize === undefined ? '' : `, ${countOf(datasetSize, 'example')}`;
  return `${datasetName}${datasetSplit ? ` (${datasetSplit})` : ''}${size}`;
};

/** The whole criterion when the title is a shortened copy of it (it ends in "…"), else the title. */
const milestoneText = (milestone: Milestone) => {
  const criteria = milestone.acceptanceCriteria.trim();
  const shortened = milestone.title.endsWith('…') && criteria.startsWith(milestone.title.slice(0, -1).trim());
  return shortened ? criteria : milestone.title;
};

export function ProjectEvidenceDetails({ project, milestones, runs }: Props) {
  const byId = new Map(runs.map((run) => [run.id, run]));
  const ordered = [...milestones].sort((a, b) => a.order - b.order);
  return (
    <div className="review-evidence">
      <h4>Design decisions</h4>
      {project.designDecisions.trim() ? (
        <p className="quote">{project.designDecisions}</p>
      ) : (
        <p className="muted small">No design decisions written.</p>
      )}
      <h4>
        Milestones · {ordered.filter((m) => m.doneOn).length} of {ordered.length} ticked
      </h4>
      {ordered.length > 0 && (
        <ul className="review-milestones" aria-label={`${project.title} milestones`}>
          {ordered.map((milestone) => (
            <li key={milestone.id}>
              <span aria-hidden="true">{milestone.doneOn ? '☑' : '☐'}</span>{' '}
              <span className="visually-hidden">{milestone.doneOn ? 'Ticked: ' : 'Not ticked: '}</span>
              {milestoneText(milestone)}
              {milestone.doneOn && <span className="muted small"> · met {formatDay(milestone.doneOn)}</span>}
            </li>
          ))}
        </ul>
      )}
      <h4>Runs · {countOf(runs.length, 'run')}</h4>
      {runs.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" aria-label={`${project.title} runs`}>
            <thead>
              <tr>
                <th scope="col">Run</th>
                <th scope="col">Date</th>
                <th scope="col">Model</th>
                <th scope="col">Dataset</th>
                <th scope="col">Commit</th>
                <th scope="col">Baseline</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id}>
                  <th scope="row">{run.label}</th>
                  <td>{formatDay(run.ranOn)}</td>
                  <td>{run.context.model ?? 'not recorded'}</td>
                  <td>{datasetOf(run)}</td>
                  <td className="break-anywhere">{run.context.commitOrUrl ?? 'not recorded'}</td>
                  <td>
                    {run.baselineRunId
                      ? (byId.get(run.baselineRunId)?.label ?? 'a run not in the bundle')
                      : 'none'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h4>Links</h4>
      {project.links.length === 0 ? (
        <p className="muted small">No links.</p>
      ) : (
        <ul className="review-links" aria-label={`${project.title} links`}>
          {project.links.map((link) => (
            <li key={link.url}>
              {link.label}: <span className="break-anywhere">{link.url}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
