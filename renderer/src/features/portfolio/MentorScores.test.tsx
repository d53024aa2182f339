import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../../shared/domain/projects';
import { freshDatabase } from '../../../../tests/fixtures/test-database';
import { DatabaseProvider } from '../../db/database-context';
import { MentorScores } from './MentorScores';

const project: Project = {
  id: 'p-rag',
  title: 'A RAG system you can measure',
  summary: '',
  curriculumRef: 'month-2',
  skills: [],
  links: [],
  status: 'building',
  designDecisions: '',
  postmortem: '',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
};

describe('MentorScores', () => {
  it('shows each criterion’s rubric text beside the mentor’s score and its level', async () => {
    const db = await freshDatabase();
    await db.reviews.add({
      id: 'review-1',
      bundleHash: `sha256:${'a'.repeat(64)}`,
      mentorName: 'Grace',
      recommendation: 'Log a baseline before the reranker.',
      comments: [],
      scores: [
        { projectId: 'p-rag', rubricItemId: 'm2-ac-documents', score: 2 },
        { projectId: 'p-rag', rubricItemId: 'm2-ac-primitives', score: 3 },
        { projectId: 'another-project', rubricItemId: 'm2-ac-documents', score: 0 },
      ],
      receivedAt: '2026-04-02T09:00:00.000Z',
    });
    render(
      <DatabaseProvider db={db}>
        <MentorScores project={project} />
      </DatabaseProvider>,
    );
    const table = await screen.findByRole('table', { name: 'Scores from Grace' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toMatch(/^At least 50 documents are indexed.*2 of 3 · Met$/);
    expect(rows[1]?.textContent).toMatch(/3 of 3 · Met, with evidence beyond it$/);
    expect(screen.getByText(/Apr 2, 2026/).textContent).toBe(
      "Grace · Apr 2, 2026 · 83% of the rubric's maximum",
    );
  });
});
