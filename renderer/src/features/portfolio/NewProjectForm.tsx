// Creates a project, blank or started from a month's milestone or a capstone; bad input is named and
// nothing is written.
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useCurriculum } from '../../content/curriculum-source';
import { useDatabase } from '../../db/database-context';
import { describeDatabaseError } from '../../db/describe-error';
import { createProject } from '../../db/repositories/projects';
import { useAppStore } from '../../store/app-store';
import { useActionTarget } from '../readiness/use-action-target';
import { projectStarts } from './curriculum-starts';

const maxTitle = 200;

export function NewProjectForm() {
  const db = useDatabase();
  const curriculum = useCurriculum();
  const notify = useAppStore((state) => state.notify);
  const goTo = useAppStore((state) => state.goTo);
  const starts = useMemo(() => (curriculum ? projectStarts(curriculum) : []), [curriculum]);
  const [startRef, setStartRef] = useState('');
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const ids = { start: useId(), title: useId(), summary: useId(), problem: useId() };
  const start = starts.find((s) => s.ref === startRef);
  // A "start a project" next action links to portfolio/new-project: the title is focused.
  useActionTarget(true);

  function chooseStart(ref: string) {
    setStartRef(ref);
    const chosen = starts.find((s) => s.ref === ref);
    if (chosen) {
      setTitle(chosen.title);
      setSummary(chosen.summary);
    }
  }

  const titleLength = Array.from(title.trim()).length;

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Named before anything is written, in the form's own words.
    if (title.trim() === '') return setProblem('Give the project a title.');
    if (titleLength > maxTitle)
      return setProblem(`The title is ${titleLength} characters; shorten it to ${maxTitle} or fewer.`);
    setSaving(true);
    try {
      const draft = { title, summary, ...(start ? { curriculumRef: start.ref, skills: start.skills } : {}) };
      const result = await createProject(db, draft, start?.milestones ?? []);
      if (!result.ok) return setProblem(result.error.message);
      setProblem(null);
      setTitle('');
      setSummary('');
      setStartRef('');
      notify('info', `Project “${result.value.title}” created.`);
      goTo('portfolio', 'project', result.value.id);
    } catch (error) {
      setProblem(describeDatabaseError(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="card form" onSubmit={submit} aria-label="New project" noValidate>
      <h2>New project</h2>
      <label htmlFor={ids.start}>Start from</label>
      <select id={ids.start} value={startRef} onChange={(event) => chooseStart(event.target.value)}>
        <option value="">A blank project</option>
        {starts.map((s) => (
          <option key={s.ref} value={s.ref}>
            {s.label}
          </option>
        ))}
      </select>
      {start && (
        <p className="muted small">
          Its {start.milestones.length} acceptance criteria become the project’s milestones.
        </p>
      )}
      <label htmlFor={ids.title}>Title</label>
      <input
        id={ids.title}
        name="title"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        aria-invalid={problem !== null || titleLength > maxTitle}
        aria-describedby={problem ? `${ids.problem} ${ids.title}-count` : `${ids.title}-count`}
        placeholder="Support-docs RAG with hybrid retrieval"
      />
      <span
        id={`${ids.title}-count`}
        className={titleLength > maxTitle ? 'field-error small' : 'muted small'}
      >
        {titleLength} of {maxTitle} characters
      </span>
      <label htmlFor={ids.summary}>Summary</label>
      <textarea
        id={ids.summary}
        name="summary"
        value={summary}
        rows={3}
        onChange={(event) => setSummary(event.target.value)}
        placeholder="What it does, for whom, and what you measured."
      />
      {problem && (
        <p id={ids.problem} className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Create project'}
        </button>
      </div>
    </form>
  );
}
