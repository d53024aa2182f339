// Every card the curriculum offers (one per end-of-lesson and self-check question) and which are introduced.
import type { Curriculum } from '../content/schema';
import type { ProgressStatus } from '../domain/progress';
import { lessonQuestionCardId } from './card-ids';

export interface ReviewCard {
  id: string;
  kind: 'lesson-question' | 'self-check';
  question: string;
  answerPoints: string[];
  skills: string[];
  /** The lesson or skill the question comes from, and its title. */
  sourceId: string;
  sourceTitle: string;
  /** Lessons that introduce the card once done. */
  lessons: string[];
}

/** The cards in curriculum order: each lesson's questions, month by month, then each skill's self-check. */
export function reviewCatalogue(curriculum: Curriculum): ReviewCard[] {
  const lessons = curriculum.months.flatMap((month) => month.lessons);
  const cards: ReviewCard[] = [];
  for (const lesson of lessons) {
    lesson.questions.forEach((question, index) => {
      cards.push({
        id: lessonQuestionCardId(lesson.id, index),
        kind: 'lesson-question',
        question: question.question,
        answerPoints: question.answerPoints,
        skills: lesson.skills,
        sourceId: lesson.id,
        sourceTitle: lesson.title,
        lessons: [lesson.id],
      });
    });
  }
  for (const skill of curriculum.skills) {
    const teaching = lessons.filter((lesson) => lesson.skills.includes(skill.id)).map((lesson) => lesson.id);
    for (const check of skill.selfCheck) {
      cards.push({
        id: check.id,
        kind: 'self-check',
        question: check.question,
        answerPoints: check.strongAnswerCovers,
        skills: [skill.id],
        sourceId: skill.id,
        sourceTitle: skill.title,
        lessons: teaching,
      });
    }
  }
  return cards;
}

/**
 * Cards the person has studied for. A lesson's questions arrive when the lesson is done; a skill's
 * interview-style self-check questions when every lesson teaching it is done or skipped, one at least done.
 */
export function introducedCards(
  catalogue: readonly ReviewCard[],
  statusOf: (itemId: string) => ProgressStatus,
): ReviewCard[] {
  return catalogue.filter((card) => {
    if (card.kind === 'lesson-question') return card.lessons.every((id) => statusOf(id) === 'done');
    const statuses = card.lessons.map(statusOf);
    return statuses.includes('done') && statuses.every((status) => status === 'done' || status === 'skipped');
  });
}
