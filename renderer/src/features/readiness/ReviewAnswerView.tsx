// A validated review, shown as plain text (never rendered as HTML or Markdown), with status suggestions
// the person applies one by one, or not at all.
import type { Curriculum } from '../../../../shared/content/schema';
import type { ReviewAnswer } from '../../../../shared/llm/answers';
import { useDatabase } from '../../db/database-context';
import { reportWrite } from '../../ui/report-write';
import { changeStatus } from '../roadmap/status-actions';

export function ReviewAnswerView({ answer, curriculum }: { answer: ReviewAnswer; curriculum: Curriculum }) {
  const db = useDatabase();
  const titleOf = (itemId: string) =>
    curriculum.months.flatMap((m) => [...m.lessons, ...m.tasks]).find((item) => item.id === itemId)?.title;
  return (
    <section className="review-answer" aria-label="Review">
      <p>{answer.summary}</p>
      {answer.layers.map((layer) => (
        <section key={layer.layer} className="review-layer">
          <h3>{curriculum.layers.find((l) => l.id === layer.layer)?.title ?? layer.layer}</h3>
          {[
            ['Strengths', layer.strengths],
            ['Gaps', layer.gaps],
            ['Next actions', layer.nextActions],
          ].map(([label, items]) =>
            (items as string[]).length > 0 ? (
              <div key={label as string}>
                <h4>{label as string}</h4>
                <ul>
                  {(items as string[]).map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              </div>
            ) : null,
          )}
        </section>
      ))}
      {answer.statusSuggestions.filter((s) => titleOf(s.itemId)).length > 0 && (
        <section>
          <h3>Suggested changes (nothing changes until you apply one)</h3>
          <ul className="suggestions">
            {answer.statusSuggestions.map((suggestion) => {
              const title = titleOf(suggestion.itemId);
              if (!title) return null;
              return (
                <li key={suggestion.itemId}>
                  Mark “{title}” as {suggestion.status}:{' '}
                  <span className="muted small">{suggestion.reason}</span>{' '}
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() =>
                      reportWrite(
                        changeStatus(
                          db,
                          suggestion.itemId,
                          title,
                          suggestion.status,
                          suggestion.status === 'skipped'
                            ? {
                                reason: 'outside-evidence',
                                note: `Suggested by the LLM review: ${suggestion.reason}`.slice(0, 500),
                              }
                            : undefined,
                        ),
                      )
                    }
                  >
                    Apply
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </section>
  );
}
