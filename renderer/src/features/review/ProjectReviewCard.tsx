// One student project as the mentor sees it: the evidence, rubric scores, and one to three ideas.
import { memo, useId } from 'react';
import type { Curriculum } from '../../../../shared/content/schema';
import type { EvalRun, Metric } from '../../../../shared/domain/eval-runs';
import type { Milestone, Project } from '../../../../shared/domain/projects';
import { formatMetricValue } from '../../../../shared/metrics/format';
import { seriesId } from '../../../../shared/metrics/validate-metric';
import { summarizeMetrics } from '../../../../shared/portfolio/run-stats';
import type { Readiness } from '../../../../shared/readiness/types';
import type { ReviewDraft } from '../../db/review-space';
import { withScore } from './draft-scores';
import { ProjectEvidenceDetails } from './ProjectEvidenceDetails';
import { ProjectEvidenceTiers } from './ProjectEvidenceTiers';
import { rubricFor, rubricPercent } from './rubrics';

interface Props {
  curriculum: Curriculum;
  project: Project;
  milestones: Milestone[];
  runs: EvalRun[];
  metrics: Metric[];
  /** The draft's ideas and scores for this project only, so a keystroke elsewhere leaves this card as it is. */
  ideas?: readonly string[] | undefined;
  scores?: Readonly<Record<string, number>> | undefined;
  onChange: (change: (draft: ReviewDraft) => ReviewDraft) => void;
  /** The bundle's readiness: the project's skills by evidence tier with their gaps, as the student sees them. */
  readiness?: Readiness | undefined;
}

export const ProjectReviewCard = memo(function ProjectReviewCard({
  curriculum,
  project,
  milestones,
  runs,
  metrics,
  ideas: savedIdeas,
  scores,
  onChange,
  readiness,
}: Props) {
  const id = useId();
  const rubric = rubricFor(curriculum, project);
  const summaries = summarizeMetrics(runs, metrics);
  const ideas = [...(savedIdeas ?? []), '', '', ''].slice(0, 3);
  const percent = rubricPercent(rubric.lines, scores ?? {});
  const setIdea = (index: number, text: string) =>
    onChange((d) => {
      const next = [...ideas];
      next[index] = text;
      return { ...d, ideas: { ...d.ideas, [project.id]: next } };
    });
  return (
    <section className="card review-project" aria-labelledby={`${id}-title`}>
      <div className="card-heading">
        <h3 id={`${id}-title`}>{project.title}</h3>
        <span className={`badge badge-${project.status}`}>{project.status}</span>
      </div>
      {project.summary && <p>{project.summary}</p>}
      <ProjectEvidenceDetails project={project} milestones={milestones} runs={runs} />
      {summaries.length > 0 && (
        <table className="data-table" aria-label={`${project.title} numbers`}>
          <tbody>
            {summaries.map((s) => (
              <tr key={seriesId(s)}>
                <th scope="row">{s.label}</th>
                <td>latest {formatMetricValue(s.latest.value, s.unit)}</td>
                <td>best {formatMetricValue(s.best.value, s.unit)}</td>
                <td>{s.count} runs</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {readiness && <ProjectEvidenceTiers curriculum={curriculum} readiness={readiness} project={project} />}
      {project.postmortem && <p className="quote">Postmortem: {project.postmortem}</p>}
      <h4>
        {rubric.source}
        {percent !== null && <span className="score"> · {percent}%</span>}
      </h4>
      <ul className="rubric" aria-label={`${project.title} rubric`}>
        {rubric.lines.map((line) => {
          return (
            <li key={line.id}>
              <label htmlFor={`${id}-${line.id}`}>{line.criterion}</label>
              <select
                id={`${id}-${line.id}`}
                value={scores?.[line.id] ?? ''}
                onChange={(e) => {
                  // Read the value now: the callback below may run after React resets the select.
                  const value = e.target.value;
                  onChange((d) =>
                    withScore(d, project.id, line.id, value === '' ? undefined : Number(value)),
                  );
                }}
              >
                <option value="">Not scored</option>
                {line.levels.map((level, score) => (
                  <option key={level} value={score}>
                    {score}: {level.slice(0, 90)}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
      <fieldset className="ideas">
        <legend>One to three ideas for this project</legend>
        {ideas.map((idea, index) => (
          <input
            // biome-ignore lint/suspicious/noArrayIndexKey: exactly three fixed slots.
            key={index}
            aria-label={`Idea ${index + 1} for ${project.title}`}
            value={idea}
            maxLength={1000}
            onChange={(e) => setIdea(index, e.target.value)}
          />
        ))}
      </fieldset>
    </section>
  );
});
