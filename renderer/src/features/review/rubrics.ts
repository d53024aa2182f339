// What a project is scored against: its capstone's rubric, or its month's milestone criteria (0 to 3 each).
import type { Curriculum } from '../../../../shared/content/schema';
import type { Project } from '../../../../shared/domain/projects';

export interface RubricLine {
  id: string;
  criterion: string;
  weight: number;
  levels: string[];
}

export function rubricFor(curriculum: Curriculum, project: Project): { source: string; lines: RubricLine[] } {
  const capstone = curriculum.capstones.find((c) => c.id === project.curriculumRef);
  if (capstone) {
    return {
      source: `Capstone rubric: ${capstone.title}`,
      lines: capstone.rubric.map((item) => ({
        id: item.id,
        criterion: item.criterion,
        weight: item.weight,
        levels: item.levels.map((l) => l.description),
      })),
    };
  }
  const month = curriculum.months.find((m) => m.id === project.curriculumRef);
  if (month) {
    return {
      source: `Month ${month.number} milestone: ${month.milestone.title}`,
      lines: month.milestone.acceptanceCriteria.map((c) => ({
        id: c.id,
        criterion: c.text,
        weight: 1,
        levels: ['Not met', 'Partly met', 'Met', 'Met, with evidence beyond it'],
      })),
    };
  }
  return { source: 'Free project: no rubric in the curriculum; leave ideas instead.', lines: [] };
}

/** Weighted score as a percentage of the rubric's maximum, from one project's scores; null when none. */
export function rubricPercent(lines: RubricLine[], scores: Record<string, number>): number | null {
  const scored = lines.filter((line) => scores[line.id] !== undefined);
  if (scored.length === 0) return null;
  const total = scored.reduce((sum, line) => sum + (scores[line.id] ?? 0) * line.weight, 0);
  const max = scored.reduce((sum, line) => sum + 3 * line.weight, 0);
  return Math.round((total / max) * 100);
}
