// A mock interview: one self-check question, your answer, graded by the LLM or by you with the checklist.
import { useEffect, useId, useRef, useState } from 'react';
import { type InterviewGrade, interviewGradeSchema, parseModelJson } from '../../../../shared/llm/answers';
import { buildInterviewRequest } from '../../../../shared/llm/prompts';
import { useDatabase } from '../../db/database-context';
import { saveFeedback } from '../../db/repositories/feedback';
import { useAppStore } from '../../store/app-store';
import { LlmStatus } from './LlmStatus';
import { checkBeforeSending } from './llm-gate';
import { hashRequest, useLlmRequest } from './use-llm-request';
import type { ReadinessData } from './use-readiness';

export function MockInterviewCard({ data }: { data: ReadinessData }) {
  const db = useDatabase();
  const notify = useAppStore((state) => state.notify);
  const llm = useLlmRequest();
  const [skillId, setSkillId] = useState(data.curriculum.skills[0]?.id ?? '');
  const [turn, setTurn] = useState(0);
  const [answer, setAnswer] = useState('');
  const [covered, setCovered] = useState<number[]>([]);
  const [grade, setGrade] = useState<InterviewGrade | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const skill = data.curriculum.skills.find((s) => s.id === skillId);
  const question = skill?.selfCheck[turn % (skill?.selfCheck.length || 1)];

  async function record(
    points: number[],
    model: string,
    extra: { inputTokens?: number; outputTokens?: number; grade?: InterviewGrade } = {},
  ) {
    if (!skill || !question) return;
    const request = buildInterviewRequest(question, answer);
    await saveFeedback(db, {
      kind: 'mock-interview',
      inputHash: await hashRequest(request),
      model,
      inputTokens: extra.inputTokens ?? 0,
      outputTokens: extra.outputTokens ?? 0,
      estimatedCostUsd: 0,
      answer: {
        skillId: skill.id,
        questionId: question.id,
        covered: points.length,
        total: question.strongAnswerCovers.length,
        gradedAt: new Date().toISOString(),
        answerText: answer,
        ...(extra.grade ? { grade: extra.grade } : {}),
      },
    });
    notify(
      'info',
      `Graded: ${points.length} of ${question.strongAnswerCovers.length} points covered. Your readiness counts it.`,
    );
  }

  async function gradeWithLlm() {
    if (!question) return;
    const request = buildInterviewRequest(question, answer);
    const gate = await checkBeforeSending(db, request);
    if (!gate.ok) return setProblem(gate.message);
    setProblem(null);
    await llm.send(request);
  }

  // The latest record function, so the effect below runs once per completed answer, not per render.
  const recordLatest = useRef(record);
  recordLatest.current = record;
  const { state } = llm;
  useEffect(() => {
    if (state.phase !== 'done') return;
    const parsed = parseModelJson(state.text, interviewGradeSchema);
    if (!parsed.ok) {
      setProblem(`${parsed.reason} Nothing was saved; grade yourself with the checklist instead.`);
      return;
    }
    setGrade(parsed.value);
    setCovered(parsed.value.covered);
    void recordLatest.current(parsed.value.covered, state.model, {
      inputTokens: state.inputTokens,
      outputTokens: state.outputTokens,
      grade: parsed.value,
    });
  }, [state]);

  if (!skill || !question) return null;
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
            setGrade(null);
            setCovered([]);
            llm.reset();
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
      <textarea id={`${id}-answer`} rows={5} value={answer} onChange={(e) => setAnswer(e.target.value)} />
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
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <LlmStatus state={llm.state} onCancel={llm.cancel} />
      <div className="form-actions actions">
        <button
          type="button"
          className="primary"
          disabled={answer.trim() === ''}
          onClick={() => void record(covered, 'self')}
        >
          Save my grade
        </button>
        <button
          type="button"
          className="secondary"
          disabled={answer.trim() === '' || state.phase === 'streaming'}
          onClick={() => void gradeWithLlm()}
        >
          Grade with the LLM
        </button>
        <button
          type="button"
          className="ghost"
          onClick={() => {
            setTurn(turn + 1);
            setAnswer('');
            setCovered([]);
            setGrade(null);
            llm.reset();
          }}
        >
          Next question
        </button>
      </div>
    </section>
  );
}
