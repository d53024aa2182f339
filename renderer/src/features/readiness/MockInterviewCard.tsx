// A mock interview: one self-check question, your answer, graded by the LLM or by you with the checklist.
import { useId, useState } from 'react';
import { type InterviewGrade, interviewGradeSchema } from '../../../../shared/llm/answers';
import { buildInterviewRequest, maxInterviewAnswerChars } from '../../../../shared/llm/prompts';
import {
  type CheckedGrade,
  checkLlmGrade,
  confirmedLlmResult,
} from '../../../../shared/readiness/mock-grade';
import { useDatabase } from '../../db/database-context';
import { describeDatabaseError } from '../../db/describe-error';
import { saveFeedback } from '../../db/repositories/feedback';
import { useAppStore } from '../../store/app-store';
import { LlmStatus } from './LlmStatus';
import { MockInterviewHistory } from './MockInterviewHistory';
import { hashRequest } from './use-llm-request';
import { useLlmTask } from './use-llm-task';
import type { ReadinessData } from './use-readiness';

export function MockInterviewCard({ data }: { data: ReadinessData }) {
  const db = useDatabase();
  const notify = useAppStore((state) => state.notify);
  const [skillId, setSkillId] = useState(data.curriculum.skills[0]?.id ?? '');
  const [turn, setTurn] = useState(0);
  const [answer, setAnswer] = useState('');
  const [covered, setCovered] = useState<number[]>([]);
  /** An LLM grade waiting for the person to confirm the ticked checklist; until then it counts nothing. */
  const [pending, setPending] = useState<{ checked: CheckedGrade; gradedAt: string } | null>(null);
  const id = useId();
  const skill = data.curriculum.skills.find((s) => s.id === skillId);
  const question = skill?.selfCheck[turn % (skill?.selfCheck.length || 1)];

  const pointCount = question?.strongAnswerCovers.length ?? 0;
  /** What is stored for a grade, by the LLM or by the person; read by the readiness score. */
  const storedGrade = (points: number[], grader: 'self' | 'llm', grade?: InterviewGrade) => ({
    skillId: skill?.id,
    questionId: question?.id,
    covered: points.length,
    total: pointCount,
    gradedAt: new Date().toISOString(),
    grader,
    answerText: answer,
    ...(grade ? { grade } : {}),
  });
  const graded = (points: number) =>
    notify(
      'info',
      `Graded: ${points} of ${question?.strongAnswerCovers.length ?? 0} points covered. Your readiness counts it.`,
    );

  const task = useLlmTask({
    kind: 'mock-interview',
    build: () => buildInterviewRequest(question ?? { question: '', strongAnswerCovers: [] }, answer),
    schema: interviewGradeSchema,
    // Stored unconfirmed: an LLM's grade counts nothing until the person confirms the checklist.
    toStored: (grade) => storedGrade(checkLlmGrade(grade, pointCount).covered, 'llm', grade),
    onSaved: (grade) => {
      const checked = checkLlmGrade(grade, pointCount);
      setCovered(checked.covered);
      setPending({ checked, gradedAt: new Date().toISOString() });
      notify(
        'info',
        'Graded by the LLM. Untick any point your answer did not cover, then confirm the grade.',
      );
    },
  });

  async function confirmGrade() {
    if (!question || !skill || !pending) return;
    const result = confirmedLlmResult(
      { skillId: skill.id, questionId: question.id, pointCount },
      covered,
      pending.gradedAt,
      new Date().toISOString(),
    );
    try {
      await saveFeedback(db, {
        kind: 'mock-interview',
        inputHash: await hashRequest(buildInterviewRequest(question, answer)),
        // The LLM's answer and its cost were stored when it came; this row is the person's confirmation.
        model: 'confirmed by you',
        inputTokens: 0,
        outputTokens: 0,
        estimatedCostUsd: 0,
        answer: { ...result, answerText: answer },
      });
      setPending(null);
      graded(result.covered);
    } catch (error) {
      notify('error', describeDatabaseError(error));
    }
  }

  async function saveSelfGrade() {
    if (!question) return;
    try {
      await saveFeedback(db, {
        kind: 'mock-interview',
        inputHash: await hashRequest(buildInterviewRequest(question, answer)),
        model: 'self',
        inputTokens: 0,
        outputTokens: 0,
        estimatedCostUsd: 0,
        answer: storedGrade(covered, 'self'),
      });
      graded(covered.length);
    } catch (error) {
      notify('error', describeDatabaseError(error));
    }
  }

  const startOver = () => {
    setAnswer('');
    setCovered([]);
    setPending(null);
    task.reset();
  };

  if (!skill || !question) return null;
  const grade = task.step.step === 'answered' ? task.step.answer : null;
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Mock interview</h2>
      <div className="field-grid">
        <label htmlFor={`${id}-skill`}>Skill</label>
        <select
          id={`${id}-skill`}
          value={skillId}
          onChange={(e) => {
            setSkillId(e.target.value);
            setTurn(0);
            setCovered([]);
            setPending(null);
            task.reset();
          }}
        >
          {data.curriculum.skills.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </div>
      <p className="question">{question.question}</p>
      <MockInterviewHistory questionId={question.id} />
      <label htmlFor={`${id}-answer`}>Your answer</label>
      <textarea
        id={`${id}-answer`}
        rows={5}
        maxLength={maxInterviewAnswerChars}
        value={answer}
        onChange={(e) => setAnswer(e.target.value)}
      />
      <fieldset className="checklist">
        <legend>
          {pending
            ? 'The LLM ticked what your answer covered: untick any it did not, then confirm'
            : 'A strong answer covers (tick what yours covered)'}
        </legend>
        {question.strongAnswerCovers.map((point, index) => (
          <label key={point} className="checkbox">
            <input
              type="checkbox"
              checked={covered.includes(index)}
              onChange={() =>
                setCovered(covered.includes(index) ? covered.filter((i) => i !== index) : [...covered, index])
              }
            />
            {point}
          </label>
        ))}
      </fieldset>
      {grade && (
        <p className="grade">
          LLM grade {grade.score}/100: {grade.feedback}
        </p>
      )}
      {task.step.step === 'answered' && <p className="muted small">{task.step.note}</p>}
      {pending && pending.checked.dropped.length > 0 && (
        <ul className="muted small" aria-label="Left out of the LLM's grade">
          {pending.checked.dropped.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {pending && (
        <p className="muted small">Not counted yet: the grade counts once you confirm the checklist.</p>
      )}
      <LlmStatus task={task} />
      <div className="form-actions actions">
        {pending ? (
          <button type="button" className="primary" onClick={() => void confirmGrade()}>
            Confirm grade
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={answer.trim() === ''}
            onClick={() => void saveSelfGrade()}
          >
            Save my grade
          </button>
        )}
        {/* Not disabled while a request runs: a second click is ignored, and Cancel stays in view. */}
        <button
          type="button"
          className="secondary"
          disabled={answer.trim() === ''}
          onClick={() => void task.prepare()}
        >
          Grade with the LLM
        </button>
        <button
          type="button"
          className="ghost"
          onClick={() => {
            setTurn(turn + 1);
            startOver();
          }}
        >
          Next question
        </button>
      </div>
    </section>
  );
}
