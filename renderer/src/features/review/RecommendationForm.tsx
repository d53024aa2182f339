// The mentor's overall recommendation, name, and the export of the review file.
import { useId } from 'react';
import type { ReviewDraft } from '../../db/review-space';

type Verdict = NonNullable<ReviewDraft['verdict']>;

const verdicts: { value: Verdict; label: string }[] = [
  { value: 'ready-to-apply', label: 'Ready to apply' },
  { value: 'almost', label: 'Almost: one or two gaps' },
  { value: 'not-yet', label: 'Not yet' },
];

interface Props {
  draft: ReviewDraft;
  onChange: (change: (draft: ReviewDraft) => ReviewDraft) => void;
  onExport: () => void;
}

export function RecommendationForm({ draft, onChange, onExport }: Props) {
  const id = useId();
  return (
    <section className="card form" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Recommendation</h2>
      <label htmlFor={`${id}-verdict`}>Overall</label>
      <select
        id={`${id}-verdict`}
        value={draft.verdict ?? ''}
        onChange={(e) => {
          const verdict = verdicts.find((v) => v.value === e.target.value)?.value ?? null;
          onChange((d) => ({ ...d, verdict }));
        }}
      >
        <option value="" disabled>
          Choose a recommendation
        </option>
        {verdicts.map((v) => (
          <option key={v.value} value={v.value}>
            {v.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-summary`}>Summary for the student</label>
      <textarea
        id={`${id}-summary`}
        rows={4}
        maxLength={5000}
        value={draft.summary}
        onChange={(e) => {
          const summary = e.target.value;
          onChange((d) => ({ ...d, summary }));
        }}
      />
      <label htmlFor={`${id}-mentor`}>Your name</label>
      <input
        id={`${id}-mentor`}
        maxLength={120}
        value={draft.mentorName}
        onChange={(e) => {
          const mentorName = e.target.value;
          onChange((d) => ({ ...d, mentorName }));
        }}
      />
      <div className="form-actions">
        <button type="button" className="primary" onClick={onExport}>
          Export review
        </button>
      </div>
    </section>
  );
}
