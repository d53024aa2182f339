// The things a person can mark on the roadmap: every lesson and every task, in study order.
import type { Curriculum, LayerId } from '../content/schema';

export interface RoadmapItem {
  id: string;
  kind: 'lesson' | 'task';
  title: string;
  monthId: string;
  weekId: string;
  layer: LayerId;
  /** Estimated effort in hours. */
  hours: number;
}

export function roadmapItems(curriculum: Curriculum): RoadmapItem[] {
  const items: RoadmapItem[] = [];
  for (const month of curriculum.months) {
    for (const week of month.weeks) {
      for (const id of week.lessons) {
        const lesson = month.lessons.find((l) => l.id === id);
        if (lesson) {
          items.push({
            id,
            kind: 'lesson',
            title: lesson.title,
            monthId: month.id,
            weekId: week.id,
            layer: month.layer,
            hours: lesson.estimateMinutes / 60,
          });
        }
      }
      for (const id of week.tasks) {
        const task = month.tasks.find((t) => t.id === id);
        if (task) {
          items.push({
            id,
            kind: 'task',
            title: task.title,
            monthId: month.id,
            weekId: week.id,
            layer: month.layer,
            hours: task.estimateHours,
          });
        }
      }
    }
  }
  return items;
}
