// A mock interview: one self-check question, your answer, graded by the LLM or by you with the checklist.
import { useId, useState } from 'react';
import { type InterviewGrade, interviewGradeSchema } from '../../../../shared/llm/answers';
import { buildInterviewRequest, maxInterviewAnswerChars } from '../../../../shared/llm/prompts';
import { useDatabase } from '../../db/database-context';
import { describeDatabaseError } from '../../db/describe-error';
import { saveFeedback } from '../../db/repositories/feedback';
import { useAppStore } from '../../store/app-store';
import { LlmStatus } from './LlmStatus';
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
  const id = useId();
  const skill = data.curriculum.skills.find((s) => s.id === skillId);
  const question = skill?.selfCheck[turn % (skill?.selfCheck.length || 1)];

  /** What is stored for a grade, by the LLM or by the person; read by the readiness score. */
  const storedGrade = (points: number[], grade?: InterviewGrade) => ({
    skillId: skill?.id,
    questionId: question?.id,
    covered: points.length,
    total: question?.strongAnswerCovers.length ?? 0,
    gradedAt: new Date().toISOString(),
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
    toStored: (grade) => storedGrade(grade.covered, grade),
    onSaved: (grade) => {
      setCovered(grade.covered);
      graded(grade.covered.length);
    },
  });

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
        answer: storedGrade(covered),
      });
      graded(covered.length);
    } catch (error) {
      notify('error', describeDatabaseError(error));
    }
  }

  const startOver = () => {
    setAnswer('');
    setCovered([]);
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
      <label htmlFor={`${id}-answer`}>Your answer</label>
      <textarea
        id={`${id}-answer`}
        rows={5}
        maxLength={maxInterviewAnswerChars}
        value={answer}
        onChange={(e) => setAnswer(e.target.value)}
      />
      <fieldset className="checklist">
        <legend>A strong answer covers (tick what yours covered)</legend>
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
      <LlmStatus task={task} />
      <div className="form-actions actions">
        <button
          type="button"
          className="primary"
          disabled={answer.trim() === ''}
          onClick={() => void saveSelfGrade()}
        >
          Save my grade
        </button>
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
