import { describe, expect, it } from 'vitest';
import { foundationPlusRag, notebookBeginner } from '../../tests/fixtures/personas/personas';
import { computeReadiness } from './compute-readiness';
import { projectContributions } from './project-contribution';

describe('projectContributions', () => {
  it('a shipped, measured project with links contributes more than a project in progress', () => {
    const contributions = projectContributions(computeReadiness(foundationPlusRag()));
    const rag = contributions.get('p-rag') ?? 0;
    expect(rag).toBeGreaterThan(0);
    for (const [projectId, points] of contributions)
      if (projectId !== 'p-rag') expect(points).toBeLessThan(rag);
  });

  it('counts only measured and shown points: lessons and self-checks earn a project nothing', () => {
    const contributions = projectContributions(computeReadiness(notebookBeginner()));
    expect(contributions.get('p-notebook') ?? 0).toBe(0);
  });

  it('a project with a repository link but no runs still contributes its shown points', () => {
    const contributions = projectContributions(computeReadiness(foundationPlusRag()));
    expect(contributions.get('p-cli') ?? 0).toBeGreaterThan(0);
  });
});
