// Creates a project from a title and summary; bad input is named and nothing is written.
import { type FormEvent, useId, useState } from 'react';
import { useDatabase } from '../../db/database-context';
import { describeDatabaseError } from '../../db/describe-error';
import { createProject } from '../../db/repositories/projects';
import { useAppStore } from '../../store/app-store';

export function NewProjectForm() {
  const db = useDatabase();
  const notify = useAppStore((state) => state.notify);
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const ids = { title: useId(), summary: useId(), problem: useId() };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      const result = await createProject(db, { title, summary });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      setProblem(null);
      setTitle('');
      setSummary('');
      notify('info', `Project “${result.value.title}” created.`);
    } catch (error) {
      // Keep what was typed on screen; say what happened.
      setProblem(describeDatabaseError(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="card form" onSubmit={submit} aria-label="New project" noValidate>
      <h2>New project</h2>
      <label htmlFor={ids.title}>Title</label>
      <input
        id={ids.title}
        name="title"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        aria-invalid={problem !== null}
        aria-describedby={problem ? ids.problem : undefined}
        placeholder="Support-docs RAG with hybrid retrieval"
      />
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
