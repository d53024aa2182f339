// One scored part of a skill: its tier, the points it earned and, when points are missing, the gap that would earn them.
import { round1 } from './numbers';
import type { EvidencePoint, EvidenceSource, EvidenceTier, Gap } from './types';

export interface PartResult {
  point: EvidencePoint;
  gap?: Gap;
}

export interface PartSpec {
  tier: EvidenceTier;
  source: EvidenceSource;
  max: number;
}

/** The points of a part worth `max` when the best evidence earns `share` (0..1). */
export function sharePoints(max: number, share: number): number {
  const bounded = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
  return round1(max * bounded);
}

/** A part whose points are the best share (0..1) any piece of evidence earns; the gap is named when short. */
export function sharePart(
  spec: PartSpec,
  share: number,
  label: string,
  refs: string[],
  missing: { missing: string; action: string },
): PartResult {
  const points = sharePoints(spec.max, share);
  const point: EvidencePoint = {
    tier: spec.tier,
    source: spec.source,
    label: points > 0 ? label : missing.missing,
    points,
    max: spec.max,
    refs: points > 0 ? refs : [],
  };
  if (points >= spec.max) return { point };
  return {
    point,
    gap: { tier: spec.tier, source: spec.source, ...missing, gain: round1(spec.max - points) },
  };
}
