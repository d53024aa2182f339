// Points from study: the lessons that train a skill (30) and the skill's self-check questions (10).
import type { Curriculum, LessonMeta, Skill } from '../content/schema';
import type { ProgressEntry } from '../domain/progress';
import { type PartResult, scoredPart } from './evidence-part';
import { round1 } from './numbers';
import type { ReadinessInput, SelfCheckResult } from './types';
import { plural, quote } from './wording';

const lessonsMax = 30;
const selfCheckMax = 10;

type LessonCredit = 'done' | 'skipped-with-evidence';

export interface StudyIndex {
  /** Lessons that train each skill, in study order (months, then lessons as listed). */
  lessonsBySkill: Map<string, LessonMeta[]>;
  /** Lessons that count, and how. */
  lessonCredit: Map<string, LessonCredit>;
  /** Best share of strong-answer points covered, per self-check question id (0..1). */
  bestAnswer: Map<string, number>;
}

function creditOf(entry: ProgressEntry): LessonCredit | null {
  if (entry.status === 'done') return 'done';
  const withEvidence = entry.skipReason === 'already-known' || entry.skipReason === 'outside-evidence';
  return entry.status === 'skipped' && withEvidence ? 'skipped-with-evidence' : null;
}

function answerShare(result: SelfCheckResult): number {
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

/**
 * Progress should hold one entry per item; if an item repeats, it counts when any of its entries counts
 * ('done' before a skip), so the result does not depend on the order of rows.
 */
export function indexStudy(input: ReadinessInput): StudyIndex {
  const lessonCredit = new Map<string, LessonCredit>();
  for (const entry of input.progress) {
    const credit = creditOf(entry);
    if (credit !== null && lessonCredit.get(entry.itemId) !== 'done') lessonCredit.set(entry.itemId, credit);
  }
  const bestAnswer = new Map<string, number>();
  for (const result of input.selfChecks) {
    const share = answerShare(result);
    if (share >= (bestAnswer.get(result.questionId) ?? -1)) bestAnswer.set(result.questionId, share);
  }
  return { lessonsBySkill: lessonsBySkillOf(input.curriculum), lessonCredit, bestAnswer };
}

export function lessonsPart(skill: Skill, study: StudyIndex): PartResult {
  const lessons = study.lessonsBySkill.get(skill.id) ?? [];
  const total = lessons.length;
  if (total === 0) {
    return scoredPart({
      source: 'lessons',
      label: 'No lesson in the curriculum trains it',
      points: 0,
      max: lessonsMax,
      refs: [],
    });
  }
  const counted = lessons.filter((lesson) => study.lessonCredit.has(lesson.id));
  const skipped = counted.filter((lesson) => study.lessonCredit.get(lesson.id) === 'skipped-with-evidence');
  const skippedNote = skipped.length > 0 ? ` (${skipped.length} skipped with evidence)` : '';
  const points = round1((lessonsMax * counted.length) / total);
  const result = scoredPart({
    source: 'lessons',
    label: `${counted.length} of ${total} ${plural(total, 'lesson')} that train it ${counted.length === 1 ? 'is' : 'are'} done${skippedNote}`,
    points,
    max: lessonsMax,
    refs: counted.map((lesson) => lesson.id),
  });
  const next = lessons.find((lesson) => !study.lessonCredit.has(lesson.id));
  if (!next) return result;
  const left = total - counted.length;
  // The gain is what the named lesson earns on its own, so it matches the action.
  const gain = round1(round1((lessonsMax * (counted.length + 1)) / total) - points);
  return {
    ...result,
    gap: {
      source: 'lessons',
      missing: `${left} of ${total} ${plural(total, 'lesson')} that train ${skill.title} ${left === 1 ? 'is' : 'are'} not done`,
      action: `Finish the lesson ${quote(next.title)}${left > 1 ? ` (${left - 1} more after it)` : ''}`,
      gain,
    },
  };
}

export function selfCheckPart(skill: Skill, study: StudyIndex): PartResult {
  const questions = skill.selfCheck;
  if (questions.length === 0) {
    return scoredPart({
      source: 'self-check',
      label: 'It has no self-check questions',
      points: 0,
      max: selfCheckMax,
      refs: [],
    });
  }
  const shares = questions.map((question) => study.bestAnswer.get(question.id) ?? 0);
  const answered = questions.filter((question) => study.bestAnswer.has(question.id));
  let sum = 0;
  let weakest = 0;
  for (const [index, share] of shares.entries()) {
    sum += share;
    if (share < (shares[weakest] ?? 0)) weakest = index;
  }
  const points = round1((selfCheckMax * sum) / questions.length);
  const result = scoredPart({
    source: 'self-check',
    label: `${answered.length} of ${questions.length} self-check questions answered, ${Math.round((100 * sum) / questions.length)}% of strong-answer points covered`,
    points,
    max: selfCheckMax,
    refs: answered.map((question) => question.id),
  });
  const question = questions[weakest];
  const weakestShare = shares[weakest] ?? 0;
  if (points >= selfCheckMax || !question || weakestShare >= 1) return result;
  const gain = round1(round1((selfCheckMax * (sum - weakestShare + 1)) / questions.length) - points);
  const short = questions.length - shares.filter((share) => share >= 1).length;
  return {
    ...result,
    gap: {
      source: 'self-check',
      missing: `${short} of ${questions.length} self-check questions on ${skill.title} not answered in full`,
      action: `Answer ${quote(question.question)} in a mock interview`,
      gain,
    },
  };
}
