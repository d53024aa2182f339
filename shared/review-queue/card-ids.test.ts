import { describe, expect, it } from 'vitest';
import { realCurriculum as curriculum } from '../../tests/fixtures/personas/curriculum';
import { ratingRow } from '../../tests/fixtures/review-cards';
import type { IdMapEntry } from '../content/schema';
import { cardIdAliases, currentCardId, lessonQuestionCardId } from './card-ids';
import { introducedCards, reviewCatalogue } from './catalogue';
import { currentStates, standingRatings } from './replay';

const start = new Date('2027-01-04T09:00:00.000Z');

describe('card ids', () => {
  it('give one card per end-of-lesson and self-check question, each id once', () => {
    const cards = reviewCatalogue(curriculum);
    const lessons = curriculum.months.flatMap((month) => month.lessons);
    const questions = lessons.reduce((sum, lesson) => sum + lesson.questions.length, 0);
    const checks = curriculum.skills.reduce((sum, skill) => sum + skill.selfCheck.length, 0);
    expect(cards).toHaveLength(questions + checks);
    expect(new Set(cards.map((card) => card.id)).size).toBe(cards.length);
    const lesson = lessons[0];
    expect(cards[0]?.id).toBe(lessonQuestionCardId(lesson?.id ?? '', 0));
    expect(cards[0]?.answerPoints).toEqual(lesson?.questions[0]?.answerPoints);
  });

  it('follow a moved, a merged and a split lesson, in the order the entries were made', () => {
    const idMap: IdMapEntry[] = [
      { kind: 'split', from: ['m2-c'], to: ['m2-d', 'm2-e'], since: 4 },
      { kind: 'moved', from: ['m1-a'], to: ['m2-a'], since: 2 },
      { kind: 'merged', from: ['m2-a', 'm2-b'], to: ['m2-c'], since: 3 },
    ];
    expect(currentCardId('m1-a/q2', idMap)).toBe('m2-d/q2');
    expect(currentCardId('m2-b/q1', idMap)).toBe('m2-d/q1');
    expect(currentCardId('m9-other/q1', idMap)).toBe('m9-other/q1');
    expect(currentCardId('rag-q1', [{ kind: 'moved', from: ['rag-q1'], to: ['rag-q7'], since: 2 }])).toBe(
      'rag-q7',
    );
  });

  it('carry a card reviewed under its old id to the lesson it was merged into (the curriculum idMap)', () => {
    const entry = curriculum.idMap.find((item) => item.kind === 'merged');
    const from = entry?.from[0] ?? '';
    const to = entry?.to[0] ?? '';
    const log = [ratingRow(`${from}/q1`, 3, start)];
    const states = currentStates([], standingRatings(log, curriculum.idMap));
    expect([...states.keys()]).toEqual([`${to}/q1`]);
    expect(reviewCatalogue(curriculum).some((card) => card.id === `${to}/q1`)).toBe(true);
  });
});

describe('introduced cards', () => {
  const cards = reviewCatalogue(curriculum);
  const lessons = curriculum.months.flatMap((month) => month.lessons);
  const first = lessons[0];

  it('arrive with their lesson done, and a skill check once every lesson of the skill is done or skipped', () => {
    expect(introducedCards(cards, () => 'pending')).toEqual([]);
    const one = introducedCards(cards, (id) => (id === first?.id ? 'done' : 'pending'));
    expect(one.map((card) => card.id)).toEqual(
      first?.questions.map((_, index) => `${first.id}/q${index + 1}`),
    );
    const skill = curriculum.skills[0];
    const teaching = new Set(
      lessons.filter((lesson) => lesson.skills.includes(skill?.id ?? '')).map((l) => l.id),
    );
    const settled = introducedCards(cards, (id) => (teaching.has(id) ? 'skipped' : 'pending'));
    expect(settled.filter((card) => card.kind === 'self-check')).toEqual([]);
    const studied = introducedCards(cards, (id) => (teaching.has(id) ? 'done' : 'pending'));
    expect(studied.filter((card) => card.kind === 'self-check').map((card) => card.id)).toEqual(
      expect.arrayContaining(skill?.selfCheck.map((check) => check.id) ?? ['none']),
    );
  });
});

describe('card id aliases', () => {
  it('list the older ids whose ratings belong to the card', () => {
    const idMap: IdMapEntry[] = [
      { kind: 'moved', from: ['m1-a'], to: ['m2-a'], since: 2 },
      { kind: 'merged', from: ['m2-a', 'm2-b'], to: ['m2-c'], since: 3 },
    ];
    expect(cardIdAliases('m2-c/q2', idMap).sort()).toEqual(['m1-a/q2', 'm2-a/q2', 'm2-b/q2', 'm2-c/q2']);
    expect(cardIdAliases('m2-x/q1', idMap)).toEqual(['m2-x/q1']);
  });
});
