// Where everything lives in a cohort folder, named once: cohort.json, COHORT.md, students/, reviews/.
import { z } from 'zod';
import { memberId } from './ids';

export const cohortFileName = 'cohort.json';
export const cohortReadmeName = 'COHORT.md';
export const studentsFolder = 'students';
export const reviewsFolder = 'reviews';
export const bundleFileName = 'bundle.json';
export const cohortFormat = 'shipready-cohort';
export const cohortFormatVersion = '1.0.0';

export const cohortInfoSchema = z.strictObject({
  format: z.literal(cohortFormat),
  formatVersion: z.string().regex(/^1\.\d+\.\d+$/, 'this cohort folder was written by a newer ShipReady.'),
  name: z.string().min(1).max(120),
  /** The curriculum content version the cohort's rubrics come from. */
  rubricVersion: z.number().int().min(0),
});

export type CohortInfo = z.infer<typeof cohortInfoSchema>;

/** `students/<student-id>/bundle.json`: the student's latest bundle, as canonical JSON. */
export const studentBundlePath = (studentId: string) =>
  `${studentsFolder}/${memberId.parse(studentId)}/${bundleFileName}`;

/**
 * `reviews/<mentor-id>/<student-id>--<first 16 hex of the bundle hash>.json`: one review round per bundle
 * version a mentor reviewed; writing it again for the same version replaces that round.
 */
export function reviewPath(mentorId: string, studentId: string, bundleHash: string): string {
  const hex = bundleHash.replace(/^sha256:/, '').slice(0, 16);
  return `${reviewsFolder}/${memberId.parse(mentorId)}/${memberId.parse(studentId)}--${hex}.json`;
}

/** Reads a review path back: which mentor reviewed which student; null for anything else. */
export function parseReviewPath(path: string): { mentorId: string; studentId: string } | null {
  const match = /^reviews\/([a-z0-9][a-z0-9-]{1,39})\/([a-z0-9][a-z0-9-]{1,39})--[0-9a-f]{16}\.json$/.exec(
    path,
  );
  return match?.[1] && match[2] ? { mentorId: match[1], studentId: match[2] } : null;
}

/** Reads a student bundle path back to its student id; null for anything else. */
export function parseStudentPath(path: string): string | null {
  const match = /^students\/([a-z0-9][a-z0-9-]{1,39})\/bundle\.json$/.exec(path);
  return match?.[1] ?? null;
}

export const cohortInfoText = (info: CohortInfo) => `${JSON.stringify(info, null, 2)}\n`;

/** Kept out of git: the temporary names ShipReady and Syncthing write before renaming into place. */
export const cohortGitignore = '.syncthing.*.tmp\n~syncthing~*.tmp\n';

export function cohortReadme(info: CohortInfo): string {
  return `# ${info.name}: a ShipReady cohort folder

This folder is read and written by ShipReady. Git or Syncthing carries it between machines; ShipReady
never runs a sync service of its own.

- \`cohort.json\`: the cohort's name and the rubric version (curriculum content version ${info.rubricVersion}).
- \`students/<student-id>/bundle.json\`: each student's latest portfolio bundle, canonical JSON, so a
  git diff shows what changed. Student ids are chosen once and never change; they are not display names.
- \`reviews/<mentor-id>/<student-id>--<bundle hash>.json\`: a mentor's review file of one bundle version
  (one review round).

ShipReady writes every file under a temporary name (\`.syncthing.<name>.<random>.tmp\`, which Syncthing
skips and \`.gitignore\` leaves out) and renames it into place, so no engine ever carries half a file.
Conflict copies (\`*.sync-conflict-*\`) and git conflict markers are shown in ShipReady with both
versions; nothing is merged without you.
`;
}
