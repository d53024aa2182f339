// Pace: a start date and hours per week in; weeks ahead or behind and a projected finish out.
import { useId, useState } from 'react';
import { planTotals } from '../../../../shared/content/plan-hours';
import { formatDay } from '../../../../shared/progress/format-day';
import { computePace, describeWeeks, isValidPlan } from '../../../../shared/progress/pace';
import { useDatabase } from '../../db/database-context';
import { useSetting } from '../../db/live';
import { setSetting } from '../../db/repositories/settings';
import { settingKeys } from '../../db/settings-keys';
import { localDay } from '../../ui/local-day';
import { reportWrite } from '../../ui/report-write';
import type { RoadmapData } from './use-roadmap';

export function PaceCard({ data }: { data: RoadmapData }) {
  const db = useDatabase();
  const storedStart = useSetting<string>(settingKeys.planStartDate);
  const storedHours = useSetting<number>(settingKeys.planHoursPerWeek);
  const [hoursDraft, setHoursDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const startDate = storedStart ?? localDay();
  // The curriculum's own pace until the person sets theirs; its weeks are written for it.
  const hoursPerWeek = storedHours ?? data.curriculum.plan.hoursPerWeek;
  const planned = planTotals(data.curriculum);
  const plan = { startDate, hoursPerWeek };
  const report = isValidPlan(plan) ? computePace(data.items, data.statusOf, plan, localDay()) : null;

  const saveHours = (raw: string) => {
    setHoursDraft(raw);
    const hours = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(hours) || hours < 1 || hours > 80) {
      setProblem('Hours per week must be a number from 1 to 80.');
      return;
    }
    setProblem(null);
    reportWrite(setSetting(db, settingKeys.planHoursPerWeek, hours));
  };
  const saveStart = (raw: string) => {
    if (!isValidPlan({ startDate: raw, hoursPerWeek }))
      return setProblem('The start date is not a valid date; choose one from the calendar.');
    setProblem(null);
    reportWrite(setSetting(db, settingKeys.planStartDate, raw));
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Pace</h2>
      <div className="pace-inputs">
        <label htmlFor={`${id}-start`}>Start date</label>
        <input
          id={`${id}-start`}
          type="date"
          value={startDate}
          onChange={(event) => saveStart(event.target.value)}
        />
        <label htmlFor={`${id}-hours`}>Hours per week</label>
        <input
          id={`${id}-hours`}
          type="number"
          min={1}
          max={80}
          value={hoursDraft ?? String(hoursPerWeek)}
          onChange={(event) => saveHours(event.target.value)}
          aria-invalid={problem?.startsWith('Hours per week') ?? false}
        />
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {report && (
        <dl className="facts pace-facts" aria-label="Pace">
          {/* What the plan assumes comes before any "behind": the status is only as fair as the assumption. */}
          <dt>The plan assumes</dt>
          <dd data-testid="pace-assumes">
            {hoursPerWeek} hours of study a week from {formatDay(startDate)}. The curriculum is{' '}
            {planned.weeks} weeks at {data.curriculum.plan.hoursPerWeek} hours a week, with{' '}
            {Math.round(planned.slackHours)} hours of buffer for catching up.
          </dd>
          <dt>Status</dt>
          <dd data-testid="pace-status">{describeWeeks(report.weeksAhead)}</dd>
          <dt>Projected finish</dt>
          <dd data-testid="pace-finish">{formatDay(report.projectedFinish)}</dd>
          <dt>Planned finish</dt>
          <dd>{formatDay(report.plannedFinish)}</dd>
          <dt>Work</dt>
          <dd data-testid="pace-work">
            {Math.round(report.completedHours)} of {Math.round(report.totalHours)} estimated hours complete,
            capstones included
          </dd>
        </dl>
      )}
    </section>
  );
}
