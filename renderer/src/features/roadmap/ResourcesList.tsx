// The person's own resources for an item: a title and an optional https link, each editable and deletable
// (with Undo). A link typed without https:// gets it; one that cannot be saved is named before anything is written.
import { type FormEvent, useId, useState } from 'react';
import type { PersonalResource } from '../../../../shared/domain/progress';
import { addressProblem, withHttps } from '../../../../shared/text/web-address';
import { useDatabase } from '../../db/database-context';
import { useResources } from '../../db/live';
import { addResource, deleteResource, restoreResource, updateResource } from '../../db/repositories/progress';
import { useAppStore } from '../../store/app-store';
import { reportWrite } from '../../ui/report-write';

const maxTitle = 200;

export function ResourcesList({ itemId }: { itemId: string }) {
  const db = useDatabase();
  const notify = useAppStore((state) => state.notify);
  const resources = useResources(itemId);
  const [editing, setEditing] = useState<string | null>(null);
  const id = useId();

  async function remove(resource: PersonalResource) {
    const result = await deleteResource(db, resource.id);
    if (!result.ok) return notify('error', result.error.message);
    notify('info', `Resource “${resource.title}” deleted.`, {
      label: 'Undo',
      run: () => reportWrite(restoreResource(db, result.value)),
    });
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Your resources</h2>
      <ul className="resource-list" aria-label="Your resources">
        {resources?.map((resource) =>
          editing === resource.id ? (
            <li key={resource.id}>
              <ResourceForm
                label={`Edit “${resource.title}”`}
                initial={resource}
                submitLabel="Save"
                onCancel={() => setEditing(null)}
                onSubmit={async (draft) => {
                  const result = await updateResource(db, resource.id, draft);
                  if (result.ok) setEditing(null);
                  return result.ok ? null : result.error.message;
                }}
              />
            </li>
          ) : (
            <li key={resource.id} className="resource-row">
              {resource.url ? (
                <a href={resource.url} target="_blank" rel="noopener noreferrer">
                  {resource.title}
                </a>
              ) : (
                <span>{resource.title}</span>
              )}
              <span className="row-actions">
                <button
                  type="button"
                  className="ghost small"
                  aria-label={`Edit “${resource.title}”`}
                  onClick={() => setEditing(resource.id)}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="ghost small"
                  aria-label={`Delete “${resource.title}”`}
                  onClick={() => reportWrite(remove(resource))}
                >
                  Delete
                </button>
              </span>
            </li>
          ),
        )}
      </ul>
      {resources?.length === 0 && <p className="muted small">Add a video, a repo or a post that helped.</p>}
      <ResourceForm
        label="Add a resource"
        submitLabel="Add"
        onSubmit={async (draft) => {
          const result = await addResource(db, { itemId, ...draft });
          return result.ok ? null : result.error.message;
        }}
      />
    </section>
  );
}

function ResourceForm({
  label,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  label: string;
  initial?: PersonalResource;
  submitLabel: string;
  /** Resolves to a message when the write was refused, or null. */
  onSubmit: (draft: { title: string; url?: string }) => Promise<string | null>;
  onCancel?: () => void;
}) {
  const [title, setTitle] = useState(initial?.title ?? '');
  const [url, setUrl] = useState(initial?.url ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const titleLength = Array.from(title.trim()).length;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (title.trim() === '') return setProblem('Give the resource a title.');
    if (titleLength > maxTitle)
      return setProblem(
        `The resource title is ${titleLength} characters; shorten it to ${maxTitle} or fewer.`,
      );
    const address = withHttps(url);
    const badAddress = addressProblem(address, 'The resource link');
    if (badAddress) return setProblem(badAddress);
    setUrl(address);
    const refused = await onSubmit({ title, ...(address ? { url: address } : {}) });
    if (refused) return setProblem(refused);
    setProblem(null);
    if (!initial) {
      setTitle('');
      setUrl('');
    }
  }

  return (
    <form
      className="inline-form resource-form"
      onSubmit={(event) => reportWrite(submit(event))}
      aria-label={label}
      noValidate
    >
      <label htmlFor={`${id}-title`} className="visually-hidden">
        Resource title
      </label>
      <input
        id={`${id}-title`}
        placeholder="Title"
        value={title}
        aria-describedby={`${id}-count`}
        aria-invalid={titleLength > maxTitle}
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
        onBlur={() => setUrl(withHttps(url))}
      />
      <button type="submit" className="secondary">
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="ghost" onClick={onCancel}>
          Cancel
        </button>
      )}
      <span id={`${id}-count`} className={titleLength > maxTitle ? 'field-error small' : 'muted small'}>
        {titleLength} of {maxTitle} characters
      </span>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
