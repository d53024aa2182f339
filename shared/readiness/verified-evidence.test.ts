// Mentor reviews are verified evidence only when they review a bundle this portfolio exported.
import { describe, expect, it } from 'vitest';
import { minimalReady } from '../../tests/fixtures/personas/hiring-personas';
import type { ReviewReceived } from '../domain/records';
import { computeReadiness } from './compute-readiness';
import type { ReadinessInput } from './types';
import { mentorScores } from './verified-evidence';

const ours = `sha256:${'a'.repeat(64)}`;
const theirs = `sha256:${'b'.repeat(64)}`;

function review(bundleHash: string, projectId: string, score: number): ReviewReceived {
  return {
    id: `review-${bundleHash.slice(7, 10)}-${projectId}`,
    bundleHash,
    mentorName: 'Ada',
    recommendation: '',
    comments: [],
    scores: [{ projectId, rubricItemId: 'rag-evaluation', score }],
    receivedAt: '2026-11-02T10:00:00Z',
  };
}

/** The minimal ready portfolio with its project id holding ":" (ids from other tools may). */
function portfolioWithColonId(): ReadinessInput {
  const base = minimalReady();
  const rename = (id: string) => (id === 'p-docchat' ? 'team:docchat' : id);
  return {
    ...base,
    projects: base.projects.map((p) => ({ ...p, id: rename(p.id) })),
    evalRuns: base.evalRuns.map((r) => ({ ...r, projectId: rename(r.projectId) })),
    metrics: base.metrics.map((m) => ({ ...m, projectId: rename(m.projectId) })),
  };
}

const mentorPoints = (input: ReadinessInput, skillId: string) =>
  computeReadiness(input)
    .skills.find((skill) => skill.skillId === skillId)
    ?.points.find((point) => point.source === 'mentor-review')?.points;

describe('mentor reviews as verified evidence', () => {
  it('counts a review of one of the bundles this portfolio exported, read from its project field', () => {
    const input = {
      ...portfolioWithColonId(),
      reviews: [review(ours, 'team:docchat', 3)],
      bundleHashes: [ours],
    };
    expect(mentorScores(input.reviews, input.bundleHashes).get('team:docchat')).toBe(1);
    expect(mentorPoints(input, 'rag')).toBe(10);
  });

  it('gives nothing for a review whose bundle hash is not one of this portfolio', () => {
    const input = {
      ...portfolioWithColonId(),
      reviews: [review(theirs, 'team:docchat', 3)],
      bundleHashes: [ours],
    };
    expect(mentorScores(input.reviews, input.bundleHashes).size).toBe(0);
    expect(mentorPoints(input, 'rag')).toBe(0);
    expect(computeReadiness(input)).toEqual(computeReadiness({ ...input, reviews: [] }));
  });

  it('gives nothing without any exported bundle hash', () => {
    const input = { ...portfolioWithColonId(), reviews: [review(ours, 'team:docchat', 3)] };
    expect(mentorPoints(input, 'rag')).toBe(0);
  });
});
