// The person's own resources for an item: a title and an optional https link.
import { type FormEvent, useId, useState } from 'react';
import { isAllowedExternalUrl } from '../../../../shared/security/external-links';
import { useDatabase } from '../../db/database-context';
import { useResources } from '../../db/live';
import { addResource } from '../../db/repositories/progress';

export function ResourcesList({ itemId }: { itemId: string }) {
  const db = useDatabase();
  const resources = useResources(itemId);
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  async function add(event: FormEvent) {
    event.preventDefault();
    if (url.trim() && !isAllowedExternalUrl(url.trim())) {
      setProblem('Link: only https:// links to public sites can be saved.');
      return;
    }
    const result = await addResource(db, { itemId, title, ...(url.trim() ? { url: url.trim() } : {}) });
    if (!result.ok) return setProblem(result.error.message);
    setProblem(null);
    setTitle('');
    setUrl('');
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Your resources</h2>
      <ul className="resource-list" aria-label="Your resources">
        {resources?.map((resource) => (
          <li key={resource.id}>
            {resource.url ? (
              <a href={resource.url} target="_blank" rel="noopener noreferrer">
                {resource.title}
              </a>
            ) : (
              resource.title
            )}
          </li>
        ))}
      </ul>
      {resources?.length === 0 && <p className="muted small">Add a video, a repo or a post that helped.</p>}
      <form className="inline-form" onSubmit={add} aria-label="Add a resource" noValidate>
        <label htmlFor={`${id}-title`} className="visually-hidden">
          Resource title
        </label>
        <input
          id={`${id}-title`}
          placeholder="Title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
        <label htmlFor={`${id}-url`} className="visually-hidden">
          Resource link
        </label>
        <input
          id={`${id}-url`}
          placeholder="https://… (optional)"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
        />
        <button type="submit" className="secondary">
          Add
        </button>
      </form>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
