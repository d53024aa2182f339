// Several links per project, each with the kind the person chooses (repository, live deployment, notebook, …),
// checked against its host so a "repository" that is not on a code host is named before it is saved.
import { useId } from 'react';
import { type LinkKind, linkKinds, type ProjectLink } from '../../../../shared/domain/projects';
import { checkLink } from '../../../../shared/readiness/link-kinds';
import { addressProblem, withHttps } from '../../../../shared/text/web-address';
import { maxLinkLabel } from './link-problems';

export const linkKindLabels: Record<LinkKind, string> = {
  repository: 'Repository',
  live: 'Live deployment',
  notebook: 'Notebook',
  'write-up': 'Write-up',
  video: 'Video',
  other: 'Other',
};

const suggestions: { label: string; kind: LinkKind }[] = [
  { label: 'Repository', kind: 'repository' },
  { label: 'Live app', kind: 'live' },
  { label: 'Write-up', kind: 'write-up' },
];

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
  // Choosing a kind confirms it: the "guessed" mark from the schema v2 migration goes.
  const choose = (index: number, kind: LinkKind) =>
    onChange(
      links.map((link, i) => {
        if (i !== index) return link;
        const { kindGuessed: _, ...rest } = link;
        return { ...rest, kind };
      }),
    );
  return (
    <fieldset className="links-editor" id="project-links">
      <legend>Links</legend>
      {links.map((link, index) => {
        const checked = link.url.startsWith('https://') ? checkLink(link) : null;
        // Named once the address is typed: an empty new row is not an error until the form is saved.
        const addressIssue =
          link.url.trim() === '' ? null : addressProblem(link.url, `Link ${index + 1} address`);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id of their own.
          <div key={index} className="link-row">
            <label htmlFor={`${id}-${index}-kind`} className="visually-hidden">
              Link {index + 1} kind
            </label>
            <select
              id={`${id}-${index}-kind`}
              value={link.kind ?? ''}
              onChange={(e) => choose(index, e.target.value as LinkKind)}
            >
              {link.kind === undefined && <option value="">Choose a kind</option>}
              {linkKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {linkKindLabels[kind]}
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-${index}-label`} className="visually-hidden">
              Link {index + 1} label
            </label>
            <span className="field-with-counter">
              <input
                id={`${id}-${index}-label`}
                value={link.label}
                placeholder="Label"
                aria-describedby={`${id}-${index}-label-count`}
                aria-invalid={link.label.trim().length > maxLinkLabel}
                onChange={(e) => update(index, { label: e.target.value })}
              />
              <span
                id={`${id}-${index}-label-count`}
                className={link.label.trim().length > maxLinkLabel ? 'field-error small' : 'muted small'}
              >
                {link.label.trim().length} of {maxLinkLabel} characters
              </span>
            </span>
            <label htmlFor={`${id}-${index}-url`} className="visually-hidden">
              Link {index + 1} address
            </label>
            <input
              id={`${id}-${index}-url`}
              value={link.url}
              placeholder="https://…"
              onChange={(e) => update(index, { url: e.target.value })}
              onBlur={(e) => update(index, { url: withHttps(e.target.value) })}
            />
            <button
              type="button"
              className="ghost"
              aria-label={`Remove link ${index + 1}`}
              onClick={() => onChange(links.filter((_, i) => i !== index))}
            >
              ×
            </button>
            {link.kindGuessed && <span className="muted small">Kind guessed, please confirm.</span>}
            {addressIssue && (
              <span className="field-error small" role="note">
                {addressIssue}
              </span>
            )}
            {!addressIssue && checked?.problem && (
              <span className="field-error small" role="note">
                {checked.problem}
              </span>
            )}
          </div>
        );
      })}
      <button
        type="button"
        className="secondary small"
        onClick={() =>
          onChange([
            ...links,
            { ...(suggestions[links.length] ?? { label: 'Link', kind: 'other' }), url: '' },
          ])
        }
        disabled={links.length >= 10}
      >
        Add link
      </button>
    </fieldset>
  );
}
