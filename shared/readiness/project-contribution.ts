// How much of the readiness score each project helps earn: the measured and shown points (runs, baselines, targets,
// repository, live link, write-up) of every skill whose evidence names the project, for sorting the project list.
import type { Readiness } from './types';

/** Project id → measured and shown points it helps earn, summed over skills (a point two projects earn counts for both). */
export function projectContributions(readiness: Readiness): Map<string, number> {
  const points = new Map<string, number>();
  for (const skill of readiness.skills) {
    for (const point of skill.points) {
      if (point.tier !== 'measured' && point.tier !== 'shown') continue;
      if (point.points <= 0) continue;
      for (const projectId of new Set(point.refs)) {
        points.set(projectId, (points.get(projectId) ?? 0) + point.points);
      }
    }
  }
  for (const [projectId, total] of points) points.set(projectId, Math.round(total * 10) / 10);
  return points;
}
