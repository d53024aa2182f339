import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BackupEntry, backupsToKeep, newestFirst, nextSequence, retention } from './retention';

/** Written in date order, as a clock that never went back would have it. */
const daily = (day: string, n = 0): BackupEntry => ({
  fileName: `${day}-${n}.json`,
  reason: 'daily',
  createdAt: `${day}T09:00:0${n}.000Z`,
  sequence: Date.parse(`${day}T09:00:0${n}.000Z`) / 1000,
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
      sequence: i + 1,
    }));
    const kept = backupsToKeep(list);
    expect(kept.size).toBe(20);
    expect(kept.has('imp-24.json')).toBe(true);
    expect(kept.has('imp-00.json')).toBe(false);
  });

  it('keeps a backup written after the clock went back, with a full set already there', () => {
    const full = days(60).map((day, i) => ({ ...daily(day), sequence: 60 - i }));
    const afterClockBack: BackupEntry = {
      fileName: 'back-in-2024.json',
      reason: 'daily',
      createdAt: '2024-03-01T09:00:00.000Z',
      sequence: nextSequence(full),
    };
    const kept = backupsToKeep([...full, afterClockBack], afterClockBack.fileName);
    expect(kept.has(afterClockBack.fileName)).toBe(true);
    expect(newestFirst([...full, afterClockBack])[0]).toBe(afterClockBack);
    // The set stays within the rules: the new day took the place of the oldest of the 7 days.
    expect(kept.size).toBe(retention.daily + retention.weekly);
  });

  it('keeps a manual backup written after the clock went back, with 20 newer-dated ones', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => ({
      fileName: `manual-${i}.json`,
      reason: 'manual',
      createdAt: `2026-11-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`,
      sequence: i + 1,
    }));
    const late = {
      fileName: 'manual-late.json',
      reason: 'manual',
      createdAt: '2020-01-01T00:00:00.000Z',
      sequence: 21,
    };
    const kept = backupsToKeep([...twenty, late], late.fileName);
    expect(kept.has('manual-late.json')).toBe(true);
    expect(kept.has('manual-0.json')).toBe(false);
    expect(kept.size).toBe(20);
  });

  it('whatever the clock said, keeps the last backup written and the one just written', () => {
    const entry = fc.record({
      fileName: fc.uuid(),
      reason: fc.constantFrom('daily', 'manual', 'before-import'),
      createdAt: fc
        .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 11, 31) })
        .map((ms) => new Date(ms).toISOString()),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, { minLength: 1, maxLength: 200, selector: (b) => b.fileName }),
        fc.nat(),
        (drawn, pick) => {
          // Written in the order drawn, each with whatever the clock said at the time.
          const list = drawn.map((backup, index) => ({ ...backup, sequence: index + 1 }));
          const justWritten = list[pick % list.length]?.fileName;
          const kept = backupsToKeep(list, justWritten);
          expect(kept.has(list[list.length - 1]?.fileName ?? '')).toBe(true);
          expect(justWritten && kept.has(justWritten)).toBe(true);
          const keptDaily = list.filter((b) => b.reason === 'daily' && kept.has(b.fileName));
          expect(keptDaily.length).toBeLessThanOrEqual(retention.daily + retention.weekly + 2);
        },
      ),
    );
  });
});
