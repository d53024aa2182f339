// An LLM's mock-interview grade is shown as a checklist the person can untick; it counts only once confirmed.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { computeReadiness } from '../../../../shared/readiness/compute-readiness';
import { selfChecksFrom } from '../../../../shared/readiness/self-checks';
import type { ReadinessInput } from '../../../../shared/readiness/types';
import { installFakeLlmDesktop } from '../../../../tests/fixtures/fake-llm-desktop';
import { realCurriculum } from '../../../../tests/fixtures/personas/curriculum';
import { freshDatabase } from '../../../../tests/fixtures/test-database';
import { DatabaseProvider } from '../../db/database-context';
import { MockInterviewCard } from './MockInterviewCard';

const llm = installFakeLlmDesktop();
const { started } = llm;

const empty: ReadinessInput = {
  curriculum: realCurriculum,
  progress: [],
  projects: [],
  milestones: [],
  evalRuns: [],
  metrics: [],
  selfChecks: [],
};
const skill = realCurriculum.skills[0];
const pointCount = skill?.selfCheck[0]?.strongAnswerCovers.length ?? 0;

/** Mock-interview points on the first skill, from what the database holds. */
async function interviewPoints(db: Awaited<ReturnType<typeof freshDatabase>>) {
  const feedback = await db.feedback.toArray();
  const readiness = computeReadiness({ ...empty, selfChecks: selfChecksFrom(feedback) });
  return readiness.skills
    .find((s) => s.skillId === skill?.id)
    ?.points.find((p) => p.source === 'mock-interview')?.points;
}

describe('MockInterviewCard with an LLM grade', () => {
  it('shows the graded points ticked, counts nothing until "Confirm grade", then stores what stayed ticked', async () => {
    expect(pointCount).toBeGreaterThanOrEqual(3);
    const db = await freshDatabase();
    const data = { curriculum: realCurriculum, input: empty, readiness: computeReadiness(empty) };
    render(
      <DatabaseProvider db={db}>
        <MockInterviewCard data={data} />
      </DatabaseProvider>,
    );
    fireEvent.change(screen.getByLabelText('Your answer'), { target: { value: 'My answer.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Grade with the LLM' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Send' }));
    await waitFor(() => expect(started).toHaveLength(1));
    const requestId = started[0]?.requestId ?? '';
    const grade = { covered: [0, 1, 1, 40], missing: [2], score: 60, feedback: 'Good start.' };
    act(() => {
      llm.emit({
        requestId,
        type: 'done',
        text: JSON.stringify(grade),
        model: 'claude-haiku-5',
        inputTokens: 100,
        outputTokens: 20,
        costUsd: 0.0002,
        costKnown: true,
      });
    });
    const confirm = await screen.findByRole('button', { name: 'Confirm grade' });
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((box) => box.checked).slice(0, 3)).toEqual([true, true, false]);
    expect(screen.getByText(`covered point 40 is not one of the ${pointCount} points`)).toBeTruthy();
    // Stored as the LLM's, unconfirmed: it counts nothing.
    await waitFor(async () => expect(await db.feedback.count()).toBe(1));
    expect(await interviewPoints(db)).toBe(0);

    fireEvent.click(boxes[1] as HTMLInputElement);
    fireEvent.click(confirm);
    await waitFor(async () => expect(await db.feedback.count()).toBe(2));
    const confirmed = (await db.feedback.toArray()).find((row) => row.model === 'confirmed by you');
    expect(confirmed?.answer).toMatchObject({ covered: 1, total: pointCount, grader: 'llm' });
    expect((confirmed?.answer as { confirmedAt?: string } | undefined)?.confirmedAt).toBeTruthy();
    expect(await interviewPoints(db)).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Confirm grade' })).toBeNull();
  });
});

describe('MockInterviewCard history', () => {
  it('keeps each answer to the question with its grade, newest first, after "Save my grade"', async () => {
    const db = await freshDatabase();
    const data = { curriculum: realCurriculum, input: empty, readiness: computeReadiness(empty) };
    render(
      <DatabaseProvider db={db}>
        <MockInterviewCard data={data} />
      </DatabaseProvider>,
    );
    expect(screen.queryByRole('list', { name: 'Earlier answers to this question' })).toBeNull();
    const answer = screen.getByLabelText('Your answer');
    fireEvent.change(answer, { target: { value: 'A first answer.' } });
    fireEvent.click(screen.getAllByRole('checkbox')[0] as HTMLInputElement);
    fireEvent.click(screen.getByRole('button', { name: 'Save my grade' }));
    await screen.findByText('Your earlier answers to this question (1 answer)');
    fireEvent.change(answer, { target: { value: 'A better answer.' } });
    fireEvent.click(screen.getAllByRole('checkbox')[1] as HTMLInputElement);
    fireEvent.click(screen.getByRole('button', { name: 'Save my grade' }));
    await screen.findByText('Your earlier answers to this question (2 answers)');
    const items = screen
      .getByRole('list', { name: 'Earlier answers to this question' })
      .querySelectorAll('li');
    expect(items[0]?.textContent).toContain('A better answer.');
    expect(items[0]?.textContent).toContain(`2 of ${pointCount} points · graded by you`);
    expect(items[1]?.textContent).toContain('A first answer.');
    expect(items[1]?.textContent).toContain(`1 of ${pointCount} points`);
  });
});
