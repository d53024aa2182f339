// When to start applying, from seed 002: a solid foundation plus one full infrastructure skill, usually RAG.
import type { Curriculum } from '../content/schema';
import { layerOf } from './layer-scores';
import { type LayerScore, type Readiness, readyThreshold, type SkillScore } from './types';

const usualSkillId = 'rag';

function titleOf(curriculum: Curriculum, skillId: string): string {
  return curriculum.skills.find((skill) => skill.id === skillId)?.title ?? skillId;
}

/** The highest-scoring infrastructure skill, RAG when it ties (or qualifies), then curriculum order. */
function leadingSkill(infrastructure: SkillScore[]): SkillScore | undefined {
  const rag = infrastructure.find((skill) => skill.skillId === usualSkillId);
  if (rag && rag.score >= readyThreshold) return rag;
  let best = rag;
  for (const skill of infrastructure) if (!best || skill.score > best.score) best = skill;
  return best;
}

export function readyToApply(
  curriculum: Curriculum,
  skills: SkillScore[],
  layers: LayerScore[],
): Readiness['readyToApply'] {
  const foundation = layerOf(layers, 'foundation');
  const foundationScore = foundation?.score ?? 0;
  const foundationReady = foundation?.ready ?? false;
  const infrastructure = skills.filter((skill) => skill.layer === 'infrastructure');
  const leading = leadingSkill(infrastructure);
  const qualifies = leading !== undefined && leading.score >= readyThreshold;
  const leadName = leading ? titleOf(curriculum, leading.skillId) : 'an infrastructure skill';

  if (foundationReady && qualifies) {
    return {
      ready: true,
      reason: `Ready to apply: a solid foundation (${foundationScore}) plus ${leadName} at ${leading.score}.`,
    };
  }
  const missing: string[] = [];
  if (!foundationReady)
    missing.push(`the foundation layer scores ${foundationScore} and needs ${readyThreshold}`);
  if (!qualifies) {
    const usual = infrastructure.find((skill) => skill.skillId === usualSkillId) ?? leading;
    const advice = usual ? `, usually ${titleOf(curriculum, usual.skillId)} (now ${usual.score})` : '';
    missing.push(`no infrastructure skill reaches ${readyThreshold} yet; finish one fully${advice}`);
  }
  return { ready: false, reason: `Not yet: ${missing.join('; ')}.` };
}
