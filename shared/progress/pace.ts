// Pace: from a start date and hours per week, whether the person is ahead or behind, and when they finish.
import type { RoadmapItem } from './items';
import type { StatusLookup } from './summary';

export interface PacePlan {
  /** YYYY-MM-DD */
  startDate: string;
  hoursPerWeek: number;
}

export interface PaceReport {
  totalHours: number;
  completedHours: number;
  expectedHours: number;
  /** Positive when ahead of plan, negative when behind, in weeks at the planned hours. */
  weeksAhead: number;
  /** YYYY-MM-DD, finishing the remaining hours at the planned rate from today. */
  projectedFinish: string;
  /** YYYY-MM-DD, had the plan been followed exactly from the start date. */
  plannedFinish: string;
}

const dayMs = 24 * 60 * 60 * 1000;
const parseDay = (day: string) => Date.parse(`${day}T00:00:00Z`);
const formatDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function isValidPlan(plan: PacePlan): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(plan.startDate) &&
    Number.isFinite(parseDay(plan.startDate)) &&
    Number.isFinite(plan.hoursPerWeek) &&
    plan.hoursPerWeek >= 1 &&
    plan.hoursPerWeek <= 80
  );
}

export function computePace(
  items: RoadmapItem[],
  statusOf: StatusLookup,
  plan: PacePlan,
  today: string,
): PaceReport {
  const totalHours = items.reduce((sum, item) => sum + item.hours, 0);
  const completedHours = items
    .filter((item) => ['done', 'skipped'].includes(statusOf(item.id)))
    .reduce((sum, item) => sum + item.hours, 0);
  const weeksElapsed = Math.max(0, (parseDay(today) - parseDay(plan.startDate)) / (7 * dayMs));
  const expectedHours = Math.min(totalHours, weeksElapsed * plan.hoursPerWeek);
  const remainingWeeks = (totalHours - completedHours) / plan.hoursPerWeek;
  return {
    totalHours,
    completedHours,
    expectedHours,
    weeksAhead: (completedHours - expectedHours) / plan.hoursPerWeek,
    projectedFinish: formatDay(parseDay(today) + Math.ceil(remainingWeeks * 7) * dayMs),
    plannedFinish: formatDay(
      parseDay(plan.startDate) + Math.ceil((totalHours / plan.hoursPerWeek) * 7) * dayMs,
    ),
  };
}

/** "2.5 weeks behind", "on track", "1 week ahead" */
export function describeWeeks(weeksAhead: number): string {
  const rounded = Math.round(Math.abs(weeksAhead) * 2) / 2;
  if (rounded < 0.5) return 'on track';
  const unit = rounded === 1 ? 'week' : 'weeks';
  return `${rounded} ${unit} ${weeksAhead > 0 ? 'ahead' : 'behind'}`;
}
