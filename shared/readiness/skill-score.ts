// One skill's score: the sum of its evidence points in four tiers (at most 100), held down by any red flag.
import type { Skill } from '../content/schema';
import {
  lessonsPart,
  type StudyIndex,
  selfGradedPart,
  studyProgress,
  tickedMilestonesPart,
} from './claimed-evidence';
import type { PartResult } from './evidence-part';
import type { EvidenceRules } from './evidence-rules';
import { clampScore, round1 } from './numbers';
import { measuredParts, shownParts } from './portfolio-evidence';
import { redFlags } from './red-flags';
import type { SkillUse } from './skill-uses';
import { type EvidenceTier, evidenceTiers, type SkillScore } from './types';
import { verifiedParts } from './verified-evidence';
import { quote } from './wording';

export interface SkillEvaluation {
  skill: Skill;
  score: SkillScore;
  uses: SkillUse[];
}

export interface SkillContext {
  study: StudyIndex;
  rules: EvidenceRules;
  mentor: Map<string, number>;
}

function warningsOf(uses: SkillUse[]): string[] {
  const warnings: string[] = [];
  for (const use of uses) {
    for (const { run, baseline } of use.measured.worse) {
      warnings.push(
        `${quote(run.label)} on ${quote(use.evidence.project.title)} is worse than its baseline ${quote(baseline.label)}`,
      );
    }
  }
  return warnings;
}

/** Where the six shown and measured parts (portfolioPartTests) start among a skill's points. */
export const portfolioPartsAt = 3;

/** The raw sum of a skill's points (in part order), its red flags and the score they cap it at. */
export function cappedScore(skill: Skill, uses: SkillUse[], points: readonly number[]) {
  let sum = 0;
  for (const value of points) sum += value;
  const raw = round1(clampScore(sum));
  const flags = redFlags(skill, uses, raw);
  const capped = flags.reduce((score, flag) => Math.min(score, flag.cap), raw);
  return { raw, flags, score: round1(clampScore(capped)) };
}

export function evaluateSkill(skill: Skill, uses: SkillUse[], context: SkillContext): SkillEvaluation {
  const rule = context.rules.skills[skill.id];
  const parts: PartResult[] = [
    lessonsPart(skill, context.study),
    selfGradedPart(skill, context.study),
    tickedMilestonesPart(skill, uses),
    ...shownParts(skill, uses),
    ...measuredParts(skill, uses, rule),
    ...verifiedParts(skill, uses, context.study, context.mentor),
  ];
  const tiers = Object.fromEntries(evidenceTiers.map((tier) => [tier, 0])) as Record<EvidenceTier, number>;
  for (const part of parts) tiers[part.point.tier] = round1(tiers[part.point.tier] + part.point.points);
  const { raw, flags, score } = cappedScore(
    skill,
    uses,
    parts.map((part) => part.point.points),
  );
  return {
    skill,
    uses,
    score: {
      skillId: skill.id,
      layer: skill.layer,
      score,
      raw,
      tiers,
      points: parts.map((part) => part.point),
      gaps: parts.flatMap((part) => (part.gap ? [part.gap] : [])),
      flags,
      warnings: warningsOf(uses),
      study: studyProgress(context.study.lessonsBySkill.get(skill.id) ?? [], context.study),
    },
  };
}
