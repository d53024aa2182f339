// Layer gating, role weighting and the ready-to-apply rule, over hand-made skill scores.
import { describe, expect, it } from 'vitest';
import { tinyCurriculum } from '../../tests/fixtures/personas/tiny-curriculum';
import type { LayerId } from '../content/schema';
import { overallScore, scoreLayers } from './layer-scores';
import { readyToApply } from './ready-to-apply';
import { scoreRoles } from './role-scores';
import type { SkillScore } from './types';

const curriculum = tinyCurriculum(
  [
    { id: 'f1', layer: 'foundation' },
    { id: 'f2', layer: 'foundation' },
    { id: 'vector-databases', layer: 'infrastructure' },
    { id: 'rag', layer: 'infrastructure' },
    { id: 'a1', layer: 'advanced' },
  ],
  [],
  [
    { id: 'role-a', weights: { f1: 3, f2: 1 } },
    { id: 'role-b', weights: { f1: 1, f2: 1, rag: 2, unknown: 3 } },
    { id: 'role-none', weights: {} },
  ],
);

const layerOfSkill: Record<string, LayerId> = {
  f1: 'foundation',
  f2: 'foundation',
  'vector-databases': 'infrastructure',
  rag: 'infrastructure',
  a1: 'advanced',
};

function scores(values: Record<string, number>): SkillScore[] {
  return Object.entries(values).map(([skillId, score]) => ({
    skillId,
    layer: layerOfSkill[skillId] ?? 'foundation',
    score,
    raw: score,
    points: [],
    gaps: [],
    flags: [],
  }));
}

describe('scoreLayers', () => {
  it('gates each layer at 20 above the layer below and says so', () => {
    const layers = scoreLayers(
      curriculum,
      scores({ f1: 40, f2: 60, 'vector-databases': 90, rag: 100, a1: 95 }),
    );
    expect(layers).toEqual([
      { layer: 'foundation', raw: 50, score: 50, ready: false },
      { layer: 'infrastructure', raw: 95, score: 70, gatedBy: 'foundation', ready: true },
      { layer: 'advanced', raw: 95, score: 90, gatedBy: 'infrastructure', ready: true },
    ]);
    expect(overallScore(layers)).toBe(70);
  });

  it('leaves gatedBy off when the layer is below its gate', () => {
    const layers = scoreLayers(
      curriculum,
      scores({ f1: 80, f2: 80, 'vector-databases': 50, rag: 60, a1: 80 }),
    );
    expect(layers.map((layer) => [layer.score, layer.gatedBy])).toEqual([
      [80, undefined],
      [55, undefined],
      [75, 'infrastructure'],
    ]);
    expect(layers.map((layer) => layer.ready)).toEqual([true, false, true]);
  });

  it('uses the layer order from the content, not the order of the list', () => {
    const shuffled = { ...curriculum, layers: [...curriculum.layers].reverse() };
    const layers = scoreLayers(shuffled, scores({ f1: 10, f2: 10, 'vector-databases': 90, rag: 90, a1: 90 }));
    expect(layers.map((layer) => layer.layer)).toEqual(['foundation', 'infrastructure', 'advanced']);
    expect(layers.map((layer) => layer.score)).toEqual([10, 30, 50]);
  });
});

describe('scoreRoles', () => {
  it('weights skill scores by the role, ignoring skills it does not know', () => {
    const roles = scoreRoles(curriculum, scores({ f1: 80, f2: 40, 'vector-databases': 0, rag: 50, a1: 0 }));
    expect(roles).toEqual([
      { roleId: 'role-a', score: 70 },
      { roleId: 'role-b', score: 55 },
      { roleId: 'role-none', score: 0 },
    ]);
  });
});

describe('readyToApply', () => {
  const check = (values: Record<string, number>) => {
    const skills = scores(values);
    return readyToApply(curriculum, skills, scoreLayers(curriculum, skills));
  };

  it('is ready with a ready foundation and one infrastructure skill at 70, naming RAG first', () => {
    const result = check({ f1: 70, f2: 80, 'vector-databases': 90, rag: 70, a1: 0 });
    expect(result).toEqual({
      ready: true,
      reason: 'Ready to apply: a solid foundation (75) plus Skill rag at 70.',
    });
  });

  it('names the qualifying skill when it is not RAG', () => {
    const result = check({ f1: 70, f2: 80, 'vector-databases': 72, rag: 40, a1: 0 });
    expect(result.ready).toBe(true);
    expect(result.reason).toContain('Skill vector-databases at 72');
  });

  it('says what is missing: the foundation, the infrastructure skill, or both', () => {
    const weakFoundation = check({ f1: 50, f2: 60, 'vector-databases': 10, rag: 80, a1: 0 });
    expect(weakFoundation).toEqual({
      ready: false,
      reason: 'Not yet: the foundation layer scores 55 and needs 70.',
    });
    const noInfrastructure = check({ f1: 90, f2: 90, 'vector-databases': 69.9, rag: 60, a1: 0 });
    expect(noInfrastructure.ready).toBe(false);
    expect(noInfrastructure.reason).toBe(
      'Not yet: no infrastructure skill reaches 70 yet; finish one fully, usually Skill rag (now 60).',
    );
    const both = check({ f1: 10, f2: 10, 'vector-databases': 0, rag: 0, a1: 0 });
    expect(both.reason).toMatch(
      /^Not yet: the foundation layer scores 10 and needs 70; no infrastructure skill/,
    );
  });
});
