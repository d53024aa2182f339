// The milestones and capstones a project can start from, with the criteria it copies in as milestones: a
// title cut at a word, and the criterion's whole text kept in acceptanceCriteria (shown whole everywhere).
import type { Curriculum } from '../../../../shared/content/schema';
import type { MilestoneDraft } from '../../../../shared/domain/projects';
import { shortTitle } from '../../../../shared/text/milestone-text';

export interface ProjectStart {
  /** The month or capstone id stored as the project's curriculumRef. */
  ref: string;
  label: string;
  title: string;
  summary: string;
  skills: string[];
  milestones: MilestoneDraft[];
}

export function projectStarts(curriculum: Curriculum): ProjectStart[] {
  const months = curriculum.months.map((month) => ({
    ref: month.id,
    label: `Month ${month.number} milestone: ${month.milestone.title}`,
    title: month.milestone.title,
    summary: month.milestone.description,
    skills: [...new Set(month.lessons.flatMap((lesson) => lesson.skills))],
    milestones: month.milestone.acceptanceCriteria.map((criterion) => ({
      title: shortTitle(criterion.text),
      acceptanceCriteria: criterion.text,
      sourceId: criterion.id,
    })),
  }));
  const capstones = curriculum.capstones.map((capstone) => ({
    ref: capstone.id,
    label: `Capstone: ${capstone.title}`,
    title: capstone.title,
    summary: capstone.summary,
    skills: capstone.skills,
    milestones: capstone.acceptanceCriteria.map((criterion) => ({
      title: shortTitle(criterion.text),
      acceptanceCriteria: criterion.text,
      sourceId: criterion.id,
    })),
  }));
  return [...months, ...capstones];
}

export function curriculumRefLabel(curriculum: Curriculum | undefined, ref: string | undefined): string {
  if (!ref) return 'Free project';
  const month = curriculum?.months.find((m) => m.id === ref);
  if (month) return `Month ${month.number}: ${month.title}`;
  return curriculum?.capstones.find((c) => c.id === ref)?.title ?? ref;
}
