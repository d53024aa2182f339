// The mentor's rubric scores for one project, per criterion with the rubric's own text, newest review first.
import type { Project } from '../../../../shared/domain/projects';
import { formatDay } from '../../../../shared/progress/format-day';
import { useCurriculum } from '../../content/curriculum-source';
import { useReceivedReviews } from '../../db/live-reviews';
import { rubricFor, rubricPercent } from '../review/rubrics';

const maxLevel = 3;

export function MentorScores({ project }: { project: Project }) {
  const reviews = useReceivedReviews();
  const curriculum = useCurriculum();
  if (!reviews || !curriculum) return null;
  const rubric = rubricFor(curriculum, project);
  const scored = reviews
    .map((review) => ({
      review,
      scores: Object.fromEntries(
        review.scores
          .filter((score) => score.projectId === project.id)
          .map((score) => [score.rubricItemId, score.score]),
      ) as Record<string, number>,
    }))
    .filter(({ scores }) => Object.keys(scores).length > 0);
  if (scored.length === 0) return null;
  return (
    <section className="card mentor-scores" aria-labelledby={`scores-${project.id}`}>
      <h2 id={`scores-${project.id}`}>Mentor scores</h2>
      <p className="muted small">{rubric.source}</p>
      {scored.map(({ review, scores }) => {
        const percent = rubricPercent(rubric.lines, scores);
        const unknown = Object.keys(scores).filter((id) => !rubric.lines.some((line) => line.id === id));
        return (
          <div key={review.id} className="mentor-score-set">
            <p className="small">
              <strong>{review.mentorName}</strong> · {formatDay(review.receivedAt.slice(0, 10))}
              {percent === null ? '' : ` · ${percent}% of the rubric's maximum`}
            </p>
            <table className="data-table" aria-label={`Scores from ${review.mentorName}`}>
              <thead>
                <tr>
                  <th scope="col">Criterion</th>
                  <th scope="col">Score</th>
                </tr>
              </thead>
              <tbody>
                {rubric.lines
                  .filter((line) => scores[line.id] !== undefined)
                  .map((line) => {
                    const score = scores[line.id] ?? 0;
                    return (
                      <tr key={line.id}>
                        <td>
                          {line.criterion}
                          {line.weight !== 1 && <span className="muted small"> (weight {line.weight})</span>}
                        </td>
                        <td>
                          <span className="number">
                            {score} of {maxLevel}
                          </span>
                          {line.levels[score] && <span className="muted small"> · {line.levels[score]}</span>}
                        </td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
            {unknown.length > 0 && (
              <p className="muted small">
                {unknown.length === 1 ? 'One score is' : `${unknown.length} scores are`} for criteria this
                curriculum no longer has.
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
