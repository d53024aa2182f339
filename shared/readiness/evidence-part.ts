// One scored part of a skill: the points it earned and, when points are missing, the gap that would earn them.
import { round1 } from './numbers';
import type { EvidencePoint, EvidenceSource, Gap, RedFlagId } from './types';

export interface PartResult {
  point: EvidencePoint;
  gap?: Gap;
  /** The red flag that doing the gap's action would lift (kept beside the gap so the public Gap type stays as agreed). */
  lifts?: RedFlagId;
}

export interface PartSpec {
  source: EvidenceSource;
  label: string;
  points: number;
  max: number;
  refs: string[];
}

export function scoredPart(spec: PartSpec): PartResult {
  const { source, label, points, max, refs } = spec;
  return { point: { source, label, points: round1(points), max, refs } };
}

/** A part that earns points by a yes/no piece of evidence: all or nothing. */
export function yesNoPart(
  met: boolean,
  spec: { source: EvidenceSource; max: number; label: string; refs: string[] },
  missing: { missing: string; action: string; lifts?: RedFlagId },
): PartResult {
  const { source, max } = spec;
  if (met) return { point: { source, label: spec.label, points: max, max, refs: spec.refs } };
  // Unmet, the part's label is what is missing, so the breakdown reads the same as the gap.
  const point: EvidencePoint = { source, label: missing.missing, points: 0, max, refs: [] };
  const gap: Gap = { source, missing: missing.missing, action: missing.action, gain: spec.max };
  return missing.lifts === undefined ? { point, gap } : { point, gap, lifts: missing.lifts };
}
