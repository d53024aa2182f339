// A heatmap of the days with progress over the last 26 weeks, and the current streak.
import {
  activityByDay,
  calendarWeeks,
  currentStreak,
  studyEventTimes,
} from '../../../../shared/progress/activity';
import { countOf } from '../../../../shared/text/plural';
import { useEventKindsAndTimes } from '../../db/live-activity';
import { useAfterFirstScreen } from '../../ui/first-screen-ready';
import { localDay } from '../../ui/local-day';

/**
 * Reads the whole event log (2,000 rows with the bench's portfolio), so it starts once the first screen is
 * drawn; it appeared only after that read before too.
 */
export function ActivityCalendar() {
  return useAfterFirstScreen() ? <Calendar /> : null;
}

function Calendar() {
  const events = useEventKindsAndTimes();
  if (!events) return null;
  const days = activityByDay(studyEventTimes(events), -new Date().getTimezoneOffset());
  const today = localDay();
  const weeks = calendarWeeks(days, today);
  const streak = currentStreak(days, today);
  const active = [...days.keys()].filter((day) => day >= (weeks[0]?.[0]?.day ?? today)).length;
  return (
    <section className="card" aria-labelledby="activity-title">
      <div className="card-heading">
        <h2 id="activity-title">Activity</h2>
        <span className="muted small">
          {streak > 0 ? `${streak}-day streak` : 'No streak yet'} · {countOf(active, 'active day')} in 26
          weeks
        </span>
      </div>
      <div
        className="calendar"
        role="img"
        aria-label={`Activity calendar: ${countOf(active, 'active day')}, current streak ${countOf(streak, 'day')}`}
      >
        {weeks.map((week) => (
          <div key={week[0]?.day} className="calendar-week">
            {week.map((cell) => (
              <span
                key={cell.day}
                className={`calendar-day level-${cell.level}`}
                title={`${cell.day}: ${cell.count} changes`}
              />
            ))}
          </div>
        ))}
      </div>
    </section>
  );
}
