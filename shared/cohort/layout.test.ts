import { describe, expect, it } from 'vitest';
import { parseReviewPath, parseStudentPath, reviewPath, studentBundlePath } from './layout';

describe('cohort folder layout', () => {
  it('round-trips student and review paths', () => {
    const hash = `sha256:${'0123456789abcdef'.repeat(4)}`;
    expect(studentBundlePath('ana-01')).toBe('students/ana-01/bundle.json');
    expect(parseStudentPath(studentBundlePath('ana-01'))).toBe('ana-01');
    const path = reviewPath('linus', 'ana-01', hash);
    expect(path).toBe('reviews/linus/ana-01--0123456789abcdef.json');
    expect(parseReviewPath(path)).toEqual({ mentorId: 'linus', studentId: 'ana-01' });
  });

  it('never builds a path out of an unsafe id', () => {
    expect(() => studentBundlePath('../etc')).toThrow();
    expect(() => reviewPath('a/b', 'ana-01', 'sha256:00')).toThrow();
    expect(parseStudentPath('students/../bundle.json')).toBeNull();
  });
});
