// A student or mentor id in the cohort folder: suggested from the name, chosen once, then shown only.
import { useId, useState } from 'react';
import { memberId, suggestMemberId } from '../../../../shared/cohort/ids';
import { desktopApi } from '../../platform/desktop-api';
import { setCohortConnection } from './cohort-folder-state';

interface Props {
  kind: 'student' | 'mentor';
  current: string | undefined;
  name: string;
}

/**
 * What was typed, by kind, kept outside the field: a field drawn afresh (the person left the page and came
 * back) starts with it rather than with a new suggestion.
 */
const typedIds = new Map<Props['kind'], string>();

const randomHex = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(3)), (b) => b.toString(16).padStart(2, '0')).join('');

export function MemberIdField({ kind, current, name }: Props) {
  const id = useId();
  const [typed, setTypedState] = useState<string | null>(() => typedIds.get(kind) ?? null);
  const setTyped = (text: string) => {
    typedIds.set(kind, text);
    setTypedState(text);
  };
  const [suggestion] = useState(randomHex);
  const [problem, setProblem] = useState<string | null>(null);
  const label = kind === 'student' ? 'Your student id' : 'Your mentor id';
  if (current)
    return (
      <p>
        {label}: <code>{current}</code>{' '}
        <span className="muted small">(chosen once; it names your folder)</span>
      </p>
    );
  const value = typed ?? suggestMemberId(name, suggestion);

  async function choose() {
    const parsed = memberId.safeParse(value);
    if (!parsed.success) return setProblem(`${label}: ${parsed.error.issues[0]?.message ?? ''}`);
    const saved = await desktopApi().saveCohortMember(
      kind === 'student' ? { studentId: value } : { mentorId: value },
    );
    if (!saved.ok) return setProblem(saved.error.message);
    setProblem(null);
    typedIds.delete(kind);
    setCohortConnection(saved.value);
  }

  return (
    <div>
      <label htmlFor={id}>{label} (chosen once, not your display name)</label>
      <div className="inline-form">
        <input id={id} value={value} maxLength={40} onChange={(e) => setTyped(e.target.value)} />
        <button type="button" className="secondary" onClick={() => void choose()}>
          Keep this id
        </button>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
