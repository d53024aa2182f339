import { describe, expect, it } from 'vitest';
import { proposedRating } from './proposed-rating';

describe('the rating an LLM grade proposes', () => {
  it.each([
    [0, 4, 1],
    [1, 4, 1],
    [2, 4, 2],
    [3, 4, 3],
    [4, 4, 4],
    [2, 3, 3],
    [1, 3, 2],
    [9, 4, 4],
    [1, 0, 1],
  ])('%i of %i points covered proposes %i', (covered, total, rating) => {
    expect(proposedRating(covered, total)).toBe(rating);
  });
});
