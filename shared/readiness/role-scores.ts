// Role scores: the skill scores weighted by how much each target role leans on each skill (1 to 3).
import type { Curriculum } from '../content/schema';
import { clampScore, round1 } from './numbers';
import type { RoleScore, SkillScore } from './types';

/** Skills a role does not weigh, and weights that are not positive numbers, do not count; no weight at all reads 0. */
export function scoreRoles(curriculum: Curriculum, skills: SkillScore[]): RoleScore[] {
  return curriculum.roles.map((role) => {
    let weighted = 0;
    let totalWeight = 0;
    for (const skill of skills) {
      const weight = role.weights[skill.skillId];
      if (weight === undefined || !Number.isFinite(weight) || weight <= 0) continue;
      weighted += weight * skill.score;
      totalWeight += weight;
    }
    return { roleId: role.id, score: totalWeight === 0 ? 0 : round1(clampScore(weighted / totalWeight)) };
  });
}
