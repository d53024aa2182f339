import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BackupEntry, backupsToKeep, retention } from './retention';

const daily = (day: string, n = 0): BackupEntry => ({
  fileName: `${day}-${n}.json`,
  reason: 'daily',
  createdAt: `${day}T09:00:0${n}.000Z`,
});
const days = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    new Date(Date.UTC(2026, 10, 21) - i * 86_400_000).toISOString().slice(0, 10),
  );

describe('backupsToKeep', () => {
  it('keeps the last 7 days and then one backup for each of 4 earlier weeks', () => {
    const list = days(60).map((day) => daily(day));
    const kept = [...backupsToKeep(list)].sort().reverse();
    expect(kept).toHaveLength(retention.daily + retention.weekly);
    expect(kept.slice(0, 7)).toEqual(days(7).map((day) => `${day}-0.json`));
  });

  it('keeps one backup per day even when there were several', () => {
    const list = [daily('2026-11-21', 1), daily('2026-11-21', 2), daily('2026-11-20')];
    expect(backupsToKeep(list)).toEqual(new Set(['2026-11-21-2.json', '2026-11-20-0.json']));
  });

  it('keeps the newest 20 of each other reason', () => {
    const list = Array.from({ length: 25 }, (_, i) => ({
      fileName: `imp-${String(i).padStart(2, '0')}.json`,
      reason: 'before-import',
      createdAt: `2026-11-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`,
    }));
    const kept = backupsToKeep(list);
    expect(kept.size).toBe(20);
    expect(kept.has('imp-24.json')).toBe(true);
    expect(kept.has('imp-00.json')).toBe(false);
  });

  it('always keeps the newest backup and never keeps more than the rules allow', () => {
    const entry = fc.record({
      fileName: fc.uuid(),
      reason: fc.constantFrom('daily', 'manual', 'before-import'),
      createdAt: fc
        .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 11, 31) })
        .map((ms) => new Date(ms).toISOString()),
    });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 200 }), (list) => {
        const kept = backupsToKeep(list);
        const newest = [...list].sort(
          (a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName),
        )[0];
        expect(newest && kept.has(newest.fileName)).toBe(true);
        const keptDaily = list.filter((b) => b.reason === 'daily' && kept.has(b.fileName));
        expect(keptDaily.length).toBeLessThanOrEqual(retention.daily + retention.weekly + 1);
      }),
    );
  });
});
