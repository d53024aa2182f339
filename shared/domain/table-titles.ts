// What each table is called on screen (merge previews, restore confirmations), in the person's words.
import { countOf } from '../text/plural';
import type { TableName } from './tables';

export const tableTitles: Record<TableName, { one: string; many: string }> = {
  progress: { one: 'lesson or task status', many: 'lesson and task statuses' },
  notes: { one: 'note', many: 'notes' },
  resources: { one: 'personal resource', many: 'personal resources' },
  projects: { one: 'project', many: 'projects' },
  milestones: { one: 'milestone', many: 'milestones' },
  evalRuns: { one: 'evaluation run', many: 'evaluation runs' },
  metrics: { one: 'metric value', many: 'metric values' },
  feedback: { one: 'LLM answer', many: 'LLM answers' },
  readinessSnapshots: { one: 'readiness snapshot', many: 'readiness snapshots' },
  events: { one: 'activity entry', many: 'activity entries' },
  reviews: { one: 'mentor review', many: 'mentor reviews' },
  settings: { one: 'setting', many: 'settings' },
  reviewCards: { one: 'review card', many: 'review cards' },
  reviewLog: { one: 'review rating', many: 'review ratings' },
};

/** `1 project`, `3 projects`. */
export function tableCount(table: TableName, count: number): string {
  const title = tableTitles[table];
  return countOf(count, title.one, title.many);
}
