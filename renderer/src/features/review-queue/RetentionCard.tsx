// Retention per skill beside readiness: how much of each skill's reviewed cards you would recall today.
// Claimed study evidence from your own ratings; it never changes a readiness score.
import { retentionBySkill } from '../../../../shared/review-queue/retention';
import { useReviewQueue } from './use-review-queue';

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

export function RetentionCard() {
  const data = useReviewQueue();
  if (!data) return null;
  const titles = new Map(data.curriculum.skills.map((skill) => [skill.id, skill.title]));
  const rows = retentionBySkill(data.introduced, data.states, new Date())
    .filter((row) => row.ratedCards > 0)
    .sort((a, b) => (a.retention ?? 0) - (b.retention ?? 0));
  return (
    <section className="card" aria-labelledby="retention-title" data-testid="retention-card">
      <h2 id="retention-title">Retention from your reviews</h2>
      <p className="muted small">
        Claimed: the share of each skill’s reviewed cards you would recall today, from your own ratings. It is
        study evidence, never measured, and does not change a readiness score.
      </p>
      {rows.length === 0 ? (
        <p>Review the questions of a finished lesson (Roadmap, Today) and retention shows here.</p>
      ) : (
        <dl className="facts">
          {rows.map((row) => (
            <div key={row.skillId} data-testid="retention-row" data-skill-id={row.skillId}>
              <dt>{titles.get(row.skillId) ?? row.skillId}</dt>
              <dd>
                {percent.format(row.retention ?? 0)}{' '}
                <span className="muted small">
                  of {row.ratedCards} reviewed {row.ratedCards === 1 ? 'card' : 'cards'} (claimed)
                </span>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
