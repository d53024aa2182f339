// Turns a zod failure into one sentence that names the field, for every boundary that validates.
import type { z } from 'zod';

export function describeIssues(error: z.ZodError, maxIssues = 3): string {
  const parts = error.issues.slice(0, maxIssues).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length - maxIssues;
  return more > 0 ? `${parts.join('; ')} (and ${more} more)` : parts.join('; ');
}
