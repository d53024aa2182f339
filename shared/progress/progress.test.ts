import { describe, expect, it } from 'vitest';
import type { ProgressStatus } from '../domain/progress';
import { activityByDay, calendarWeeks, currentStreak, studyEventTimes } from './activity';
import type { RoadmapItem } from './items';
import { nextSteps } from './next-steps';
import { computePace, describeWeeks, isValidPlan } from './pace';
import { countProgress, describeProgress, groupProgress } from './summary';

const item = (id: string, hours = 1, monthId = 'month-1'): RoadmapItem => ({
  id,
  kind: 'lesson',
  title: id,
  monthId,
  weekId: 'w1',
  layer: 'foundation',
  hours,
});
const items = [item('a'), item('b'), item('c'), item('d', 1, 'month-2')];
const lookup = (statuses: Record<string, ProgressStatus>) => (id: string) => statuses[id] ?? 'pending';

describe('countProgress', () => {
  it('counts skipped items separately and toward completion', () => {
    const count = countProgress(items, lookup({ a: 'done', b: 'skipped', c: 'in-progress' }));
    expect(count).toEqual({ total: 4, done: 1, skipped: 1, inProgress: 1, complete: 2, percent: 50 });
    expect(describeProgress(count)).toBe('50% · 2 of 4 complete (1 done, 1 skipped)');
  });

  it('reaches 100% only when every item is done or skipped', () => {
    expect(countProgress(items, lookup({ a: 'done', b: 'done', c: 'done', d: 'in-progress' })).percent).toBe(
      75,
    );
    expect(countProgress(items, lookup({ a: 'done', b: 'done', c: 'skipped', d: 'done' })).percent).toBe(100);
  });

  it('rounds down, so 99.9% never shows as 100%', () => {
    const many = Array.from({ length: 1000 }, (_, i) => item(`i${i}`));
    const statuses = Object.fromEntries(many.slice(0, 999).map((x) => [x.id, 'done' as const]));
    expect(countProgress(many, lookup(statuses)).percent).toBe(99);
  });

  it('groups by month', () => {
    const groups = groupProgress(items, (x) => x.monthId, lookup({ d: 'done' }));
    expect(groups.get('month-1')?.total).toBe(3);
    expect(groups.get('month-2')).toMatchObject({ total: 1, done: 1, percent: 100 });
  });
});

describe('computePace', () => {
  const plan = { startDate: '2026-11-02', hoursPerWeek: 2 };

  it('says how many weeks behind and when the person will finish', () => {
    const report = computePace(items, lookup({ a: 'done' }), plan, '2026-11-16');
    expect(report.expectedHours).toBe(4);
    expect(report.completedHours).toBe(1);
    expect(report.weeksAhead).toBe(-1.5);
    expect(describeWeeks(report.weeksAhead)).toBe('1.5 weeks behind');
    expect(report.projectedFinish).toBe('2026-11-27');
    expect(report.plannedFinish).toBe('2026-11-16');
  });

  it('finishes sooner with more hours per week', () => {
    const slow = computePace(items, lookup({}), { ...plan, hoursPerWeek: 1 }, '2026-11-02');
    const fast = computePace(items, lookup({}), { ...plan, hoursPerWeek: 4 }, '2026-11-02');
    expect(fast.projectedFinish < slow.projectedFinish).toBe(true);
  });

  it('counts skipped work as complete and reports ahead of plan', () => {
    const report = computePace(items, lookup({ a: 'done', b: 'skipped', c: 'done' }), plan, '2026-11-09');
    expect(describeWeeks(report.weeksAhead)).toBe('0.5 weeks ahead');
    expect(describeWeeks(0.1)).toBe('on track');
    expect(describeWeeks(1)).toBe('1 week ahead');
  });

  it('refuses plans it cannot compute', () => {
    expect(isValidPlan(plan)).toBe(true);
    expect(isValidPlan({ ...plan, hoursPerWeek: 0 })).toBe(false);
    expect(isValidPlan({ ...plan, hoursPerWeek: Number.NaN })).toBe(false);
    expect(isValidPlan({ ...plan, startDate: '2026-13-45' })).toBe(false);
    expect(isValidPlan({ ...plan, startDate: 'next week' })).toBe(false);
  });
});

describe('activity', () => {
  const times = [
    '2026-11-18T10:00:00Z',
    '2026-11-19T09:00:00Z',
    '2026-11-19T11:00:00Z',
    '2026-11-20T23:30:00Z',
  ];

  it('groups events by local day', () => {
    expect([...activityByDay(times)]).toEqual([
      ['2026-11-18', 1],
      ['2026-11-19', 2],
      ['2026-11-20', 1],
    ]);
    expect(activityByDay(['2026-11-20T23:30:00Z'], 60).has('2026-11-21')).toBe(true);
  });

  it('counts the streak to today, or to yesterday before today has activity', () => {
    const days = activityByDay(times);
    expect(currentStreak(days, '2026-11-20')).toBe(3);
    expect(currentStreak(days, '2026-11-21')).toBe(3);
    expect(currentStreak(days, '2026-11-22')).toBe(0);
  });

  it('lays out whole weeks starting Monday, ending today, with levels 0 to 4', () => {
    const weeks = calendarWeeks(activityByDay(times), '2026-11-20', 2);
    expect(weeks).toHaveLength(2);
    expect(weeks[0]?.[0]?.day).toBe('2026-11-09');
    expect(weeks[1]?.at(-1)).toEqual({ day: '2026-11-20', count: 1, level: 2 });
    expect(weeks[1]?.find((cell) => cell.day === '2026-11-19')?.level).toBe(4);
  });
});

describe('nextSteps', () => {
  it('puts work in progress first, then untouched items in order', () => {
    const steps = nextSteps(items, lookup({ a: 'done', c: 'in-progress' }));
    expect(steps.map((x) => x.id)).toEqual(['c', 'b', 'd']);
  });

  it('does not count a changed start date, an export or a content update as a day of study', () => {
    const days = activityByDay(
      studyEventTimes([
        { at: '2026-11-18T10:00:00Z', kind: 'progress.changed' },
        { at: '2026-11-19T10:00:00Z', kind: 'setting.changed' },
        { at: '2026-11-20T10:00:00Z', kind: 'eval-run.saved' },
        { at: '2026-11-20T11:00:00Z', kind: 'bundle.exported' },
        { at: '2026-11-21T09:00:00Z', kind: 'setting.changed' },
        { at: '2026-11-21T09:30:00Z', kind: 'content.migrated' },
      ]),
    );
    expect([...days.keys()]).toEqual(['2026-11-18', '2026-11-20']);
    expect(currentStreak(days, '2026-11-21')).toBe(1);
  });
});
