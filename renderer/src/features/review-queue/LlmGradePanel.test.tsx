// The optional LLM grade of a typed review answer: previewed before sending, points it found ticked, a
// rating proposed (never applied), stored as LLM feedback that readiness does not read as evidence.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { selfChecksFrom } from '../../../../shared/readiness/self-checks';
import type { ReviewCard } from '../../../../shared/review-queue/catalogue';
import { installFakeLlmDesktop } from '../../../../tests/fixtures/fake-llm-desktop';
import { freshDatabase } from '../../../../tests/fixtures/test-database';
import type { ShipReadyDatabase } from '../../db/database';
import { DatabaseProvider } from '../../db/database-context';
import { LlmGradePanel } from './LlmGradePanel';

const llm = installFakeLlmDesktop();
const { started } = llm;

const card: ReviewCard = {
  id: 'm2-rag-from-scratch/q1',
  kind: 'lesson-question',
  question: 'Why chunk documents before embedding them?',
  answerPoints: [
    'Embedding models have input limits',
    'Smaller chunks retrieve precisely',
    'Overlap keeps context',
  ],
  skills: ['rag'],
  sourceId: 'm2-rag-from-scratch',
  sourceTitle: 'A RAG pipeline',
  lessons: ['m2-rag-from-scratch'],
};

function Harness() {
  const [covered, setCovered] = useState<number[]>([]);
  return (
    <>
      <LlmGradePanel
        card={card}
        answer="Models have token limits; overlap keeps context."
        onGraded={setCovered}
      />
      <output aria-label="ticked">{covered.join(',')}</output>
    </>
  );
}

let db: ShipReadyDatabase;
beforeEach(async () => {
  db = await freshDatabase();
  started.length = 0;
});

describe('LLM grading of a typed review answer', () => {
  it('previews, sends on confirmation, ticks the points it found and proposes a rating', async () => {
    render(
      <DatabaseProvider db={db}>
        <Harness />
      </DatabaseProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Grade my typed answer with the LLM' }));
    const preview = await screen.findByRole('dialog', { name: 'This is exactly what will be sent' });
    expect(preview.textContent).toContain('overlap keeps context');
    expect(started).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(started).toHaveLength(1));
    const requestId = started[0]?.requestId ?? '';
    const text = '{"covered":[0,2,7],"missing":[1],"score":60,"feedback":"Misses precision."}';
    act(() => {
      llm.emit({
        requestId,
        type: 'done',
        text,
        model: 'claude-haiku-5',
        inputTokens: 90,
        outputTokens: 30,
        costUsd: 0.0003,
        costKnown: true,
      });
    });
    const status = await screen.findByText(/proposes Good/);
    expect(status.textContent).toMatch(/found 2 of 3 points and proposes Good \(3\)/);
    expect(status.textContent).toContain('covered point 7 is not one of the 3 points');
    expect(screen.getByLabelText('ticked').textContent).toBe('0,2');
    const stored = await db.feedback.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.answer).toMatchObject({ source: 'review-card', cardId: card.id });
    expect(selfChecksFrom(stored)).toEqual([]);
    expect(await db.reviewLog.count()).toBe(0);
  });
});
