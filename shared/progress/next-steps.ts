// What to do next: the item in progress first, then the first items not yet touched, in study order.
import type { RoadmapItem } from './items';
import type { StatusLookup } from './summary';

export function nextSteps(items: RoadmapItem[], statusOf: StatusLookup, count = 3): RoadmapItem[] {
  const started = items.filter((item) => statusOf(item.id) === 'in-progress');
  const fresh = items.filter((item) => statusOf(item.id) === 'pending');
  return [...started, ...fresh].slice(0, count);
}
