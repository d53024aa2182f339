// Layer scores: the mean of a layer's skills, gated so a layer cannot read far above the one below it.
import type { Curriculum, LayerId } from '../content/schema';
import { clampScore, mean, round1 } from './numbers';
import { type LayerScore, readyThreshold, type SkillScore } from './types';

/** How far a layer may read above the (gated) score of the layer below it. */
export const layerGateMargin = 20;

/** Layers in their study order; a layer with no skills reads 0, so an empty layer also gates the next one. */
export function scoreLayers(
  curriculum: Curriculum,
  skills: readonly Pick<SkillScore, 'layer' | 'score'>[],
): LayerScore[] {
  const ordered = curriculum.layers
    .map((layer, index) => ({ id: layer.id, order: layer.order, index }))
    .sort((a, b) => a.order - b.order || a.index - b.index);
  const layers: LayerScore[] = [];
  let below: LayerScore | undefined;
  for (const { id } of ordered) {
    const raw = round1(
      clampScore(mean(skills.filter((skill) => skill.layer === id).map((skill) => skill.score))),
    );
    const gate = below ? below.score + layerGateMargin : Number.POSITIVE_INFINITY;
    const score = round1(clampScore(Math.min(raw, gate)));
    const layer: LayerScore = { layer: id, raw, score, ready: score >= readyThreshold };
    if (below && gate < raw) layer.gatedBy = below.layer;
    layers.push(layer);
    below = layer;
  }
  return layers;
}

export function overallScore(layers: LayerScore[]): number {
  return round1(clampScore(mean(layers.map((layer) => layer.score))));
}

export function layerOf(layers: LayerScore[], id: LayerId): LayerScore | undefined {
  return layers.find((layer) => layer.layer === id);
}
