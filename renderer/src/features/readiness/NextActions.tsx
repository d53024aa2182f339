// The next actions, each a link that opens the form it asks for, with the promised change in words.
import type { Curriculum } from '../../../../shared/content/schema';
import type { NextAction } from '../../../../shared/readiness/types';
import { hashOf } from '../../store/navigation-slice';

/** `linked` is false in the mentor's review space, where the student's projects are not in this database. */
export function NextActions({
  actions,
  curriculum,
  linked = true,
}: {
  actions: NextAction[];
  curriculum: Curriculum;
  linked?: boolean;
}) {
  const skillTitle = (id: string) => curriculum.skills.find((s) => s.id === id)?.title ?? id;
  if (actions.length === 0) return <p className="muted">Nothing left that would move a score.</p>;
  return (
    <ol className="next-actions" aria-label="Next actions">
      {actions.map((action) => (
        <li key={action.id}>
          {linked ? (
            <a href={hashOf(action.target.page, action.target.path)}>{action.action}</a>
          ) : (
            <span>{action.action}</span>
          )}
          <span className="muted small">
            {' '}
            · {skillTitle(action.skillId)}
            {action.flipsReady ? ' · flips ready to apply' : action.liftsCap ? ' · lifts a cap' : ''}
            {action.overallGain > 0 ? ` · +${action.overallGain} overall` : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
