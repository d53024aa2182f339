// Several labelled links per project: repository, demo, write-up.
import { useId } from 'react';
import type { ProjectLink } from '../../../../shared/domain/projects';

const suggestions = ['Repository', 'Demo', 'Write-up'];

export function LinksEditor({
  links,
  onChange,
}: {
  links: ProjectLink[];
  onChange: (links: ProjectLink[]) => void;
}) {
  const id = useId();
  const update = (index: number, patch: Partial<ProjectLink>) =>
    onChange(links.map((link, i) => (i === index ? { ...link, ...patch } : link)));
  return (
    <fieldset className="links-editor">
      <legend>Links</legend>
      {links.map((link, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id of their own.
        <div key={index} className="link-row">
          <label htmlFor={`${id}-${index}-label`} className="visually-hidden">
            Link {index + 1} label
          </label>
          <input
            id={`${id}-${index}-label`}
            value={link.label}
            placeholder="Label"
            onChange={(e) => update(index, { label: e.target.value })}
          />
          <label htmlFor={`${id}-${index}-url`} className="visually-hidden">
            Link {index + 1} address
          </label>
          <input
            id={`${id}-${index}-url`}
            value={link.url}
            placeholder="https://…"
            onChange={(e) => update(index, { url: e.target.value })}
          />
          <button
            type="button"
            className="ghost"
            aria-label={`Remove link ${index + 1}`}
            onClick={() => onChange(links.filter((_, i) => i !== index))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="secondary small"
        onClick={() => onChange([...links, { label: suggestions[links.length] ?? 'Link', url: '' }])}
        disabled={links.length >= 10}
      >
        Add link
      </button>
    </fieldset>
  );
}
