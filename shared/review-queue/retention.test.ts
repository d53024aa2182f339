import { describe, expect, it } from 'vitest';
import { addDays, deck, ratingRow } from '../../tests/fixtures/review-cards';
import { currentStates, standingRatings } from './replay';
import { retentionBySkill } from './retention';
import { recallChance } from './scheduler';

const start = new Date('2027-01-04T09:00:00.000Z');

describe('retention per skill', () => {
  it('is the mean chance of recall over the skill’s rated cards, and falls as time passes', () => {
    const cards = [
      ...deck(3, 'rag'),
      ...deck(2, 'evaluation').map((card) => ({ ...card, id: `e-${card.id}` })),
    ];
    const log = [ratingRow(cards[0]?.id ?? '', 3, start), ratingRow(cards[1]?.id ?? '', 1, start)];
    const states = currentStates([], standingRatings(log));
    const later = addDays(start, 5);
    const rows = retentionBySkill(cards, states, later);
    const rag = rows.find((row) => row.skillId === 'rag');
    const expected =
      (recallChance(states.get(cards[0]?.id ?? ''), later) +
        recallChance(states.get(cards[1]?.id ?? ''), later)) /
      2;
    expect(rag).toEqual({ skillId: 'rag', retention: expected, ratedCards: 2, introducedCards: 3 });
    expect(rows.find((row) => row.skillId === 'evaluation')).toMatchObject({
      retention: null,
      ratedCards: 0,
    });
    const muchLater = retentionBySkill(cards, states, addDays(start, 60)).find(
      (row) => row.skillId === 'rag',
    );
    expect(muchLater?.retention).toBeLessThan(rag?.retention ?? 0);
  });
});
