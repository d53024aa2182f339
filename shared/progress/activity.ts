// The activity calendar and streak, computed from the append-only event log.
import { type AppEvent, isStudyWork } from '../domain/events';

/** The times of the events that count as a day of study, for `activityByDay`. */
export function studyEventTimes(events: readonly Pick<AppEvent, 'at' | 'kind'>[]): string[] {
  return events.filter((event) => isStudyWork(event.kind)).map((event) => event.at);
}

/** Counts of events per local day (YYYY-MM-DD). `offsetMinutes` is the local offset from UTC. */
export function activityByDay(eventTimes: string[], offsetMinutes = 0): Map<string, number> {
  const days = new Map<string, number>();
  for (const at of eventTimes) {
    const ms = Date.parse(at);
    if (!Number.isFinite(ms)) continue;
    const day = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 10);
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  return days;
}

const shiftDay = (day: string, by: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);

/** Consecutive active days ending today, or ending yesterday when today has nothing yet. */
export function currentStreak(days: Map<string, number>, today: string): number {
  let cursor = days.has(today) ? today : shiftDay(today, -1);
  let streak = 0;
  while (days.has(cursor)) {
    streak += 1;
    cursor = shiftDay(cursor, -1);
  }
  return streak;
}

export interface CalendarCell {
  day: string;
  count: number;
  /** 0 (none) to 4 (busiest), relative to the busiest day shown. */
  level: number;
}

/** `weeks` columns of seven days, ending with the week that holds `today`; weeks start on Monday. */
export function calendarWeeks(days: Map<string, number>, today: string, weeks = 26): CalendarCell[][] {
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  const firstDay = shiftDay(today, -weekday - (weeks - 1) * 7);
  const columns: CalendarCell[][] = [];
  let busiest = 0;
  for (const [day, count] of days) if (day >= firstDay && day <= today) busiest = Math.max(busiest, count);
  for (let w = 0; w < weeks; w += 1) {
    const column: CalendarCell[] = [];
    for (let d = 0; d < 7; d += 1) {
      const day = shiftDay(firstDay, w * 7 + d);
      if (day > today) break;
      const count = days.get(day) ?? 0;
      column.push({ day, count, level: count === 0 ? 0 : Math.max(1, Math.ceil((count / busiest) * 4)) });
    }
    columns.push(column);
  }
  return columns;
}
