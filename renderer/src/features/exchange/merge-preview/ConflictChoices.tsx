// Rows changed on both sides: both versions side by side, field by field, and the person's choice.
import { canonicalJson } from '../../../../../shared/bundle/canonical';
import type { MergeConflict, Side } from '../../../../../shared/bundle/merge-plan';
import { tableTitles } from '../../../../../shared/domain/table-titles';
import { formatMoment } from '../../../../../shared/progress/format-day';

const shown = 50;

/** When a side last changed, in the person's locale. */
const when = (iso: string | null) => (iso ? formatMoment(iso) : null);

/** Fields whose values differ (the change times are shown with the choice), as the two values to read. */
function differences(conflict: MergeConflict): { field: string; mine: string; theirs: string }[] {
  const times = new Set(['updatedAt', 'createdAt', 'at']);
  const fields = new Set(
    [...Object.keys(conflict.existing), ...Object.keys(conflict.incoming)].filter(
      (field) => !times.has(field),
    ),
  );
  const text = (value: unknown) =>
    value === undefined ? '(empty)' : canonicalJson(value).trim().slice(0, 160);
  return [...fields]
    .filter((field) => text(conflict.existing[field]) !== text(conflict.incoming[field]))
    .map((field) => ({
      field,
      mine: text(conflict.existing[field]),
      theirs: text(conflict.incoming[field]),
    }));
}

export function ConflictChoices({
  conflicts,
  onChoose,
}: {
  conflicts: MergeConflict[];
  onChoose: (key: string, side: Side) => void;
}) {
  if (conflicts.length === 0) return null;
  return (
    <>
      <h3>Changed on both sides ({conflicts.length})</h3>
      <p className="muted small">
        The more recently changed version is chosen for you; pick the other one wherever you know better.
      </p>
      <ol className="conflicts" aria-label="Conflicts">
        {conflicts.slice(0, shown).map((conflict) => (
          <li key={conflict.key}>
            <fieldset>
              <legend>
                The {tableTitles[conflict.table].one} “{conflict.label}”
              </legend>
              <dl className="conflict-fields">
                {differences(conflict).map((difference) => (
                  <div key={difference.field}>
                    <dt>{difference.field}</dt>
                    <dd>
                      Yours: <code>{difference.mine}</code> · The file’s: <code>{difference.theirs}</code>
                    </dd>
                  </div>
                ))}
              </dl>
              {(['existing', 'incoming'] as const).map((side) => (
                <label key={side} className="choice">
                  <input
                    type="radio"
                    name={conflict.key}
                    checked={conflict.winner === side}
                    onChange={() => onChoose(conflict.key, side)}
                  />
                  {side === 'existing' ? 'Keep yours' : 'Take the file’s'}
                  {side === 'existing' &&
                    conflict.existingUpdatedAt &&
                    ` (changed ${when(conflict.existingUpdatedAt)})`}
                  {side === 'incoming' &&
                    conflict.incomingUpdatedAt &&
                    ` (changed ${when(conflict.incomingUpdatedAt)})`}
                </label>
              ))}
            </fieldset>
          </li>
        ))}
        {conflicts.length > shown && (
          <li>… and {conflicts.length - shown} more, each kept as chosen for you above.</li>
        )}
      </ol>
    </>
  );
}
