// One skill's score: the sum of its evidence points, held down by any red flag that applies.
import type { Skill } from '../content/schema';
import type { PartResult } from './evidence-part';
import { clampScore, round1 } from './numbers';
import { evalRunParts, milestonesPart, projectParts } from './portfolio-evidence';
import type { PortfolioEvidence } from './project-aggregates';
import { redFlags } from './red-flags';
import { lessonsPart, type StudyIndex, selfCheckPart } from './study-evidence';
import type { Gap, RedFlagId, SkillScore } from './types';

export interface SkillEvaluation {
  skill: Skill;
  score: SkillScore;
  /** For each gap, in the same order, the red flag its action would lift. */
  gapLifts: (RedFlagId | undefined)[];
}

export function evaluateSkill(
  skill: Skill,
  study: StudyIndex,
  portfolio: PortfolioEvidence,
): SkillEvaluation {
  const users = portfolio.bySkill.get(skill.id) ?? [];
  const parts: PartResult[] = [
    lessonsPart(skill, study),
    selfCheckPart(skill, study),
    ...projectParts(skill, users),
    milestonesPart(skill, users),
    ...evalRunParts(skill, users),
  ];
  let sum = 0;
  for (const part of parts) sum += part.point.points;
  const raw = round1(clampScore(sum));
  const flags = redFlags(skill, users, raw);
  const capped = flags.reduce((score, flag) => Math.min(score, flag.cap), raw);
  const gaps: Gap[] = [];
  const gapLifts: (RedFlagId | undefined)[] = [];
  for (const part of parts) {
    if (!part.gap) continue;
    gaps.push(part.gap);
    gapLifts.push(part.lifts);
  }
  return {
    skill,
    score: {
      skillId: skill.id,
      layer: skill.layer,
      score: round1(clampScore(capped)),
      raw,
      points: parts.map((part) => part.point),
      gaps,
      flags,
    },
    gapLifts,
  };
}
