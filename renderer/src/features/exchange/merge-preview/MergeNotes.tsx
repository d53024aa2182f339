// Every row an import removes, re-keys, re-dates or leaves out, listed before anything is written.
import type { MergePlan } from '../../../../../shared/bundle/merge-plan';
import { tableTitles } from '../../../../../shared/domain/table-titles';

const shown = 20;

function Listed({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>
        {title} ({items.length})
      </h3>
      <ul className="problems" aria-label={title}>
        {items.slice(0, shown).map((item) => (
          <li key={item}>{item}</li>
        ))}
        {items.length > shown && <li>… and {items.length - shown} more.</li>}
      </ul>
    </>
  );
}

export function MergeNotes({ plan }: { plan: MergePlan }) {
  const one = (table: keyof typeof tableTitles) => tableTitles[table].one;
  return (
    <>
      <Listed
        title="Removed from your data"
        items={plan.removals.map((row) => `The ${one(row.table)} “${row.label}”: ${row.reason}.`)}
      />
      <Listed
        title="Given a new id, because yours already uses it for something else"
        items={plan.rekeyed.map((row) => `The ${one(row.table)} “${row.label}” is stored as ${row.to}.`)}
      />
      <Listed
        title="Dated in the future"
        items={plan.clamped.map(
          (row) => `The ${one(row.table)} “${row.label}” says ${row.was}; it is stored as ${row.now}.`,
        )}
      />
      <Listed
        title="Not imported"
        items={plan.leftOut.map((row) => `The ${one(row.table)} for ${row.id}: ${row.reason}.`)}
      />
    </>
  );
}
