// Hours the plan asks for: per week (lessons, tasks and a buffer week's slack) and in total.
import type { Curriculum } from './schema';

export interface WeekHours {
  monthId: string;
  weekId: string;
  kind: 'study' | 'orientation' | 'buffer';
  hours: number;
}

export function weekHours(curriculum: Curriculum): WeekHours[] {
  const rows: WeekHours[] = [];
  for (const month of curriculum.months) {
    const minutes = new Map(month.lessons.map((lesson) => [lesson.id, lesson.estimateMinutes]));
    const taskHours = new Map(month.tasks.map((task) => [task.id, task.estimateHours]));
    for (const week of month.weeks) {
      const lessonHours = week.lessons.reduce((sum, id) => sum + (minutes.get(id) ?? 0) / 60, 0);
      const tasks = week.tasks.reduce((sum, id) => sum + (taskHours.get(id) ?? 0), 0);
      rows.push({
        monthId: month.id,
        weekId: week.id,
        kind: week.kind,
        hours: lessonHours + tasks + (week.slackHours ?? 0),
      });
    }
  }
  return rows;
}

/** Every hour the plan holds, capstones and buffer slack included, and the weeks it spans. */
export function planTotals(curriculum: Curriculum): { hours: number; slackHours: number; weeks: number } {
  const weeks = weekHours(curriculum);
  const slackHours = curriculum.months
    .flatMap((month) => month.weeks)
    .reduce((sum, week) => sum + (week.slackHours ?? 0), 0);
  return { hours: weeks.reduce((sum, week) => sum + week.hours, 0), slackHours, weeks: weeks.length };
}
