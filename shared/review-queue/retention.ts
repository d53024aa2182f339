// Retention per skill: the share of the skill's rated cards the person would recall today. Claimed
// study evidence, shown beside readiness; it never feeds a readiness score.
import type { ReviewCardState } from '../domain/review-cards';
import type { ReviewCard } from './catalogue';
import { recallChance } from './scheduler';

export interface SkillRetention {
  skillId: string;
  /** Mean chance of recall over the rated cards, 0 to 1; null when none is rated yet. */
  retention: number | null;
  ratedCards: number;
  introducedCards: number;
}

export function retentionBySkill(
  introduced: readonly ReviewCard[],
  states: ReadonlyMap<string, ReviewCardState>,
  now: Date,
): SkillRetention[] {
  const bySkill = new Map<string, { sum: number; rated: number; introduced: number }>();
  for (const card of introduced) {
    const state = states.get(card.id);
    const chance = state ? recallChance(state, now) : 0;
    for (const skillId of card.skills) {
      const entry = bySkill.get(skillId) ?? { sum: 0, rated: 0, introduced: 0 };
      entry.introduced += 1;
      if (state) {
        entry.rated += 1;
        entry.sum += chance;
      }
      bySkill.set(skillId, entry);
    }
  }
  return [...bySkill].map(([skillId, entry]) => ({
    skillId,
    retention: entry.rated > 0 ? entry.sum / entry.rated : null,
    ratedCards: entry.rated,
    introducedCards: entry.introduced,
  }));
}
