// From the files of a cohort folder to what the review space shows: one line per student, and each conflict.
import { reviewFileFormat } from '../bundle/review-file';
import { bundleFormat } from '../bundle/schema';
import { hasGitConflictMarkers, originalOfConflictCopy, splitGitConflict } from './conflicts';
import {
  type CohortInfo,
  cohortFileName,
  cohortInfoSchema,
  parseReviewPath,
  parseStudentPath,
} from './layout';

export interface CohortFile {
  /** Relative to the cohort folder, with `/` separators. */
  path: string;
  text: string;
  modifiedAt: string;
}

export interface ReviewRound {
  path: string;
  mentorId: string;
  mentorName: string;
  reviewedAt: string;
  verdict: string;
  bundleHash: string;
  /** True when this round reviewed the bundle now in the folder. */
  ofLatest: boolean;
}

export interface CohortStudentLine {
  studentId: string;
  owner: string;
  bundleHash: string | null;
  publishedAt: string | null;
  projects: number;
  rounds: ReviewRound[];
  /** The newest round's verdict, or null before any review. */
  verdict: string | null;
  /** Why the bundle could not be read (a conflict, not JSON); null when it reads. */
  problem: string | null;
}

export interface CohortConflict {
  path: string;
  engine: 'syncthing' | 'git';
  ours: string;
  theirs: string;
  oursLabel: string;
  theirsLabel: string;
  /** Syncthing's conflict copy, removed once a version is kept. */
  copyPath?: string;
}

export interface CohortIndex {
  cohort: CohortInfo | null;
  students: CohortStudentLine[];
  conflicts: CohortConflict[];
  /** Files that could not be read, each as a sentence. */
  problems: string[];
}

function readJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

const textAt = (value: unknown, ...keys: string[]): string => {
  let current = value;
  for (const key of keys) current = (current as Record<string, unknown> | null)?.[key];
  return typeof current === 'string' ? current : '';
};

function bundleFacts(text: string) {
  const bundle = readJson(text);
  if (!bundle || bundle.format !== bundleFormat)
    return { problem: 'is not a ShipReady portfolio bundle.' } as const;
  const projects = (bundle.sections as { projects?: unknown } | undefined)?.projects;
  return {
    owner: textAt(bundle, 'owner', 'name'),
    hash: textAt(bundle, 'contentHash'),
    projects: Array.isArray(projects) ? projects.length : 0,
  } as const;
}

export type BundleFacts = ReturnType<typeof bundleFacts>;

/**
 * `factsCache` (kept by the caller between reads) skips parsing a bundle whose path, modification time
 * and length are unchanged: a mentor's folder reads again after every pull, mostly unchanged.
 */
export function indexCohortFolder(files: CohortFile[], factsCache?: Map<string, BundleFacts>): CohortIndex {
  const factsOf = (file: CohortFile) => {
    const key = `${file.path}\u0000${file.modifiedAt}\u0000${file.text.length}`;
    const known = factsCache?.get(key);
    if (known) return known;
    const facts = bundleFacts(file.text);
    factsCache?.set(key, facts);
    return facts;
  };
  const problems: string[] = [];
  const conflicts: CohortConflict[] = [];
  const byPath = new Map(files.map((file) => [file.path, file]));
  let cohort: CohortInfo | null = null;
  const info = byPath.get(cohortFileName);
  if (info) {
    const parsed = cohortInfoSchema.safeParse(readJson(info.text));
    if (parsed.success) cohort = parsed.data;
    else problems.push(`${cohortFileName} could not be read: ${parsed.error.issues[0]?.message ?? ''}`);
  } else problems.push(`${cohortFileName} is missing: this folder is not set up as a cohort yet.`);

  const students = new Map<string, CohortStudentLine>();
  const rounds: { studentId: string; round: Omit<ReviewRound, 'ofLatest'> }[] = [];
  for (const file of files) {
    const original = originalOfConflictCopy(file.path);
    if (original) {
      conflicts.push({
        path: original,
        engine: 'syncthing',
        ours: byPath.get(original)?.text ?? '',
        theirs: file.text,
        oursLabel: `${original} (kept)`,
        theirsLabel: `${file.path} (conflict copy)`,
        copyPath: file.path,
      });
      continue;
    }
    if (hasGitConflictMarkers(file.text)) {
      const sides = splitGitConflict(file.text);
      if (sides) conflicts.push({ path: file.path, engine: 'git', ...sides });
      else problems.push(`${file.path} holds unbalanced git conflict markers.`);
    }
    const studentId = parseStudentPath(file.path);
    if (studentId) {
      const facts = hasGitConflictMarkers(file.text)
        ? ({ problem: 'holds a git merge conflict: resolve it before reviewing.' } as const)
        : factsOf(file);
      students.set(studentId, {
        studentId,
        owner: 'problem' in facts ? '' : facts.owner,
        bundleHash: 'problem' in facts ? null : facts.hash,
        publishedAt: file.modifiedAt,
        projects: 'problem' in facts ? 0 : facts.projects,
        rounds: [],
        verdict: null,
        problem: 'problem' in facts ? `${file.path} ${facts.problem}` : null,
      });
      continue;
    }
    const review = parseReviewPath(file.path);
    if (review && !hasGitConflictMarkers(file.text)) {
      const parsed = readJson(file.text);
      if (!parsed || parsed.format !== reviewFileFormat) {
        problems.push(`${file.path} is not a ShipReady review file.`);
        continue;
      }
      rounds.push({
        studentId: review.studentId,
        round: {
          path: file.path,
          mentorId: review.mentorId,
          mentorName: textAt(parsed, 'mentor', 'name'),
          reviewedAt: textAt(parsed, 'reviewedAt'),
          verdict: textAt(parsed, 'recommendation', 'verdict'),
          bundleHash: textAt(parsed, 'bundleHash'),
        },
      });
    }
  }
  for (const { studentId, round } of rounds) {
    const line = students.get(studentId);
    if (!line) {
      problems.push(`${round.path} reviews ${studentId}, who has no bundle in students/.`);
      continue;
    }
    line.rounds.push({ ...round, ofLatest: round.bundleHash === line.bundleHash });
  }
  for (const line of students.values()) {
    line.rounds.sort((a, b) => a.reviewedAt.localeCompare(b.reviewedAt));
    line.verdict = line.rounds.at(-1)?.verdict ?? null;
  }
  return {
    cohort,
    students: [...students.values()].sort((a, b) => a.studentId.localeCompare(b.studentId)),
    conflicts: conflicts.sort((a, b) => a.path.localeCompare(b.path)),
    problems,
  };
}
