// Layer gating, role weighting and the ready-to-apply rule, over hand-made skill scores.
import { describe, expect, it } from 'vitest';
import { tinyCurriculum } from '../../tests/fixtures/personas/tiny-curriculum';
import type { LayerId } from '../content/schema';
import { overallScore, scoreLayers } from './layer-scores';
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
    tiers: { claimed: 0, shown: 0, measured: 0, verified: score },
    points: [],
    gaps: [],
    flags: [],
    warnings: [],
    study: { done: 0, skippedWithNote: 0, total: 0, share: 0 },
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
