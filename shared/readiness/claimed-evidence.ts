// Claimed evidence, worth at most 15 of a skill's 100: lessons done or skipped with a note, answers the person graded
// themselves, milestones ticked by hand. Also the study progress shown as its own bar.
import type { Curriculum, LessonMeta, Skill } from '../content/schema';
import type { ProgressEntry } from '../domain/progress';
import { type PartResult, sharePart } from './evidence-part';
import type { SkillUse } from './skill-uses';
import type { ReadinessInput, SelfCheckResult, StudyProgress } from './types';
import { plural, quote } from './wording';

export const claimedMax = { lessons: 9, selfCheck: 3, milestones: 3 } as const;
const milestonesForFullMarks = 5;
/** A skip note shorter than this ("ok", "known") says nothing a reader could check. */
export const skipNoteMinChars = 10;

type LessonCredit = 'done' | 'skipped-with-note';

export interface StudyIndex {
  /** Lessons that train each skill, in study order (months, then lessons as listed). */
  lessonsBySkill: Map<string, LessonMeta[]>;
  allLessons: LessonMeta[];
  lessonCredit: Map<string, LessonCredit>;
  /** Lessons skipped as not relevant to the target role: out of the denominator. */
  notRelevant: Set<string>;
  /** Best share of strong-answer points per question, graded by the person (claimed). */
  selfGraded: Map<string, number>;
  /** Best share per question, graded by an LLM and confirmed by the person (verified). */
  confirmed: Map<string, number>;
}

/** "Already known" and "outside evidence" count as claimed only with a note of their own, never as done. */
function creditOf(entry: ProgressEntry): LessonCredit | null {
  if (entry.status === 'done') return 'done';
  if (entry.status !== 'skipped') return null;
  const withNote = entry.skipReason === 'already-known' || entry.skipReason === 'outside-evidence';
  const note = entry.skipNote?.trim() ?? '';
  const ownWords = note.length >= skipNoteMinChars && note.toLowerCase() !== 'i already know this';
  return withNote && ownWords ? 'skipped-with-note' : null;
}

export function answerShare(result: SelfCheckResult): number {
  if (!Number.isFinite(result.covered) || !Number.isFinite(result.total) || result.total <= 0) return 0;
  return Math.min(1, Math.max(0, result.covered / result.total));
}

function lessonsBySkillOf(curriculum: Curriculum): Map<string, LessonMeta[]> {
  const bySkill = new Map<string, LessonMeta[]>();
  for (const month of curriculum.months) {
    for (const lesson of month.lessons) {
      for (const skillId of new Set(lesson.skills)) {
        const lessons = bySkill.get(skillId);
        if (!lessons) bySkill.set(skillId, [lesson]);
        else if (!lessons.some((known) => known.id === lesson.id)) lessons.push(lesson);
      }
    }
  }
  return bySkill;
}

function keepBest(map: Map<string, number>, key: string, share: number) {
  if (share >= (map.get(key) ?? -1)) map.set(key, share);
}

/**
 * Progress should hold one entry per item; if an item repeats, 'done' wins over a skip with a note, which wins
 * over any other entry, so the result does not depend on the order of rows.
 */
export function indexStudy(input: ReadinessInput): StudyIndex {
  const lessonCredit = new Map<string, LessonCredit>();
  const notRelevant = new Set<string>();
  for (const entry of input.progress) {
    const credit = creditOf(entry);
    if (credit !== null && lessonCredit.get(entry.itemId) !== 'done') lessonCredit.set(entry.itemId, credit);
    if (entry.status === 'skipped' && entry.skipReason === 'not-relevant') notRelevant.add(entry.itemId);
  }
  const selfGraded = new Map<string, number>();
  const confirmed = new Map<string, number>();
  for (const result of input.selfChecks) {
    if (result.grader === 'llm') {
      if (result.confirmedAt) keepBest(confirmed, result.questionId, answerShare(result));
    } else keepBest(selfGraded, result.questionId, answerShare(result));
  }
  const lessonsBySkill = lessonsBySkillOf(input.curriculum);
  const allLessons = input.curriculum.months.flatMap((month) => month.lessons);
  return { lessonsBySkill, allLessons, lessonCredit, notRelevant, selfGraded, confirmed };
}

/** Lessons credited and the denominator; a lesson done counts even if also marked not relevant. */
export function studyProgress(lessons: readonly LessonMeta[], study: StudyIndex): StudyProgress {
  let done = 0;
  let skippedWithNote = 0;
  let total = 0;
  for (const lesson of lessons) {
    const credit = study.lessonCredit.get(lesson.id);
    if (credit === 'done') done += 1;
    else if (credit === 'skipped-with-note') skippedWithNote += 1;
    else if (study.notRelevant.has(lesson.id)) continue;
    total += 1;
  }
  return { done, skippedWithNote, total, share: total === 0 ? 0 : (done + skippedWithNote) / total };
}

export function lessonsPart(skill: Skill, study: StudyIndex): PartResult {
  const lessons = study.lessonsBySkill.get(skill.id) ?? [];
  const progress = studyProgress(lessons, study);
  const counted = progress.done + progress.skippedWithNote;
  const skippedNote = progress.skippedWithNote > 0 ? `, ${progress.skippedWithNote} skipped with a note` : '';
  const next = lessons.find(
    (lesson) => !study.lessonCredit.has(lesson.id) && !study.notRelevant.has(lesson.id),
  );
  return sharePart(
    { tier: 'claimed', source: 'lessons', max: claimedMax.lessons },
    progress.share,
    `${progress.done} of ${progress.total} ${plural(progress.total, 'lesson')} that train it done${skippedNote}`,
    lessons.filter((lesson) => study.lessonCredit.has(lesson.id)).map((lesson) => lesson.id),
    {
      missing:
        progress.total === 0
          ? 'No lesson in the curriculum trains it'
          : `${progress.total - counted} of ${progress.total} lessons that train ${skill.title} are not done`,
      action: next ? `Finish the lesson ${quote(next.title)}` : 'Nothing to study here',
    },
  );
}

function meanShare(skill: Skill, answers: Map<string, number>): { share: number; answered: string[] } {
  const questions = skill.selfCheck;
  if (questions.length === 0) return { share: 0, answered: [] };
  let sum = 0;
  const answered: string[] = [];
  for (const question of questions) {
    const share = answers.get(question.id);
    if (share === undefined) continue;
    sum += share;
    answered.push(question.id);
  }
  return { share: sum / questions.length, answered };
}

export function selfGradedPart(skill: Skill, study: StudyIndex): PartResult {
  const { share, answered } = meanShare(skill, study.selfGraded);
  const first = skill.selfCheck[0];
  return sharePart(
    { tier: 'claimed', source: 'self-check', max: claimedMax.selfCheck },
    share,
    `${answered.length} of ${skill.selfCheck.length} self-check questions graded by you, ${Math.round(100 * share)}% of strong-answer points`,
    answered,
    {
      missing: `Self-check questions on ${skill.title} not answered in full`,
      action: first ? `Answer ${quote(first.question)} in a mock interview` : 'No self-check questions yet',
    },
  );
}

export function confirmedAnswersShare(skill: Skill, study: StudyIndex) {
  return meanShare(skill, study.confirmed);
}

export function tickedMilestonesPart(skill: Skill, uses: SkillUse[]): PartResult {
  const ticked: string[] = [];
  for (const use of uses) for (const id of use.targets.ticked) ticked.push(id);
  return sharePart(
    { tier: 'claimed', source: 'milestones', max: claimedMax.milestones },
    ticked.length / milestonesForFullMarks,
    `${ticked.length} ${plural(ticked.length, 'milestone')} ticked by hand (${milestonesForFullMarks} earn full marks)`,
    ticked.slice(0, milestonesForFullMarks),
    {
      missing: `Fewer than ${milestonesForFullMarks} milestones met on projects using ${skill.title}`,
      action: `Meet a milestone on a project that uses ${skill.title}`,
    },
  );
}
