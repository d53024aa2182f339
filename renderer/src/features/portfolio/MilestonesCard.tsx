// A project's milestones: acceptance criteria, due and done dates, reordering, delete with Undo.
import { type FormEvent, useId, useState } from 'react';
import type { Milestone } from '../../../../shared/domain/projects';
import { formatDay } from '../../../../shared/progress/format-day';
import { milestoneText } from '../../../../shared/text/milestone-text';
import { useDatabase } from '../../db/database-context';
import { useMilestones } from '../../db/live-portfolio';
import {
  addMilestone,
  deleteMilestone,
  moveMilestone,
  restoreMilestone,
  updateMilestone,
} from '../../db/repositories/milestones';
import { useAppStore } from '../../store/app-store';
import { localDay } from '../../ui/local-day';
import { reportWrite } from '../../ui/report-write';

const maxTitle = 200;

export function MilestonesCard({ projectId }: { projectId: string }) {
  const db = useDatabase();
  const milestones = useMilestones(projectId);
  const notify = useAppStore((state) => state.notify);
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const done = milestones?.filter((m) => m.doneOn).length ?? 0;

  const titleLength = Array.from(title.trim()).length;

  async function add(event: FormEvent) {
    event.preventDefault();
    if (title.trim() === '') return setProblem('Write the milestone as a criterion you can check.');
    if (titleLength > maxTitle)
      return setProblem(`The milestone is ${titleLength} characters; shorten it to ${maxTitle} or fewer.`);
    const result = await addMilestone(db, projectId, { title, ...(dueOn ? { dueOn } : {}) });
    if (!result.ok) return setProblem(result.error.message);
    setProblem(null);
    setTitle('');
    setDueOn('');
  }
  const toggleDone = (m: Milestone) =>
    reportWrite(
      updateMilestone(db, m.id, {
        title: m.title,
        acceptanceCriteria: m.acceptanceCriteria,
        ...(m.dueOn ? { dueOn: m.dueOn } : {}),
        ...(m.doneOn ? {} : { doneOn: localDay() }),
        ...(m.sourceId ? { sourceId: m.sourceId } : {}),
      }),
    );
  async function remove(m: Milestone) {
    const result = await deleteMilestone(db, m.id);
    if (!result.ok) return notify('error', result.error.message);
    notify('info', `Milestone “${m.title.slice(0, 60)}” deleted.`, {
      label: 'Undo',
      run: () => reportWrite(restoreMilestone(db, result.value)),
    });
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <div className="card-heading">
        <h2 id={`${id}-heading`}>Milestones</h2>
        <span className="muted small">
          {done} of {milestones?.length ?? 0} met
        </span>
      </div>
      <ol className="milestone-list" aria-label="Milestones">
        {milestones?.map((m, index) => (
          <li key={m.id} className={m.doneOn ? 'milestone-row done' : 'milestone-row'}>
            <label className="checkbox">
              <input type="checkbox" checked={Boolean(m.doneOn)} onChange={() => toggleDone(m)} />
              <span>{milestoneText(m)}</span>
            </label>
            <span className="muted small">
              {m.doneOn ? `met ${formatDay(m.doneOn)}` : m.dueOn ? `due ${formatDay(m.dueOn)}` : ''}
            </span>
            <span className="row-actions">
              <button
                type="button"
                className="ghost"
                aria-label={`Move “${m.title.slice(0, 40)}” up`}
                disabled={index === 0}
                onClick={() => void moveMilestone(db, m.id, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="ghost"
                aria-label={`Move “${m.title.slice(0, 40)}” down`}
                disabled={index === (milestones?.length ?? 0) - 1}
                onClick={() => void moveMilestone(db, m.id, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="ghost"
                aria-label={`Delete “${m.title.slice(0, 40)}”`}
                onClick={() => void remove(m)}
              >
                ×
              </button>
            </span>
          </li>
        ))}
      </ol>
      <form className="inline-form milestone-form" onSubmit={add} aria-label="Add a milestone" noValidate>
        <label htmlFor={`${id}-title`} className="visually-hidden">
          Milestone
        </label>
        <input
          id={`${id}-title`}
          placeholder="New milestone, written as a checkable criterion"
          value={title}
          aria-describedby={`${id}-count`}
          aria-invalid={titleLength > maxTitle}
          onChange={(e) => setTitle(e.target.value)}
        />
        <label htmlFor={`${id}-due`} className="visually-hidden">
          Due date
        </label>
        <input id={`${id}-due`} type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
        <button type="submit" className="secondary">
          Add
        </button>
        <span id={`${id}-count`} className={titleLength > maxTitle ? 'field-error small' : 'muted small'}>
          {titleLength} of {maxTitle} characters
        </span>
      </form>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
