// This month's LLM spend, kept on the desktop side where usage is known, so the cap holds whatever the
// page does. One small file; a new calendar month (UTC) starts again from zero.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '../atomic-write';

const storedSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  spentUsd: z.number().finite().min(0),
});

export interface SpendLedger {
  spentThisMonth(): Promise<number>;
  /** Adds a cost; anything but a finite, non-negative number is refused, never added as NaN. */
  add(usd: number): Promise<void>;
  /** The person's correction of this month's figure. */
  set(usd: number): Promise<void>;
}

export function fileSpendLedger(path: string, now: () => Date = () => new Date()): SpendLedger {
  const month = () => now().toISOString().slice(0, 7);
  async function read(): Promise<number> {
    let raw: string;
    try {
      raw = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw error;
    }
    let parsed: ReturnType<typeof storedSchema.safeParse>;
    try {
      parsed = storedSchema.safeParse(JSON.parse(raw));
    } catch {
      return Number.NaN;
    }
    // A damaged ledger must not read as "nothing spent": it reads as unknown, and the cap check refuses.
    if (!parsed.success) return Number.NaN;
    return parsed.data.month === month() ? parsed.data.spentUsd : 0;
  }
  const write = (spentUsd: number) =>
    writeFileAtomic(path, `${JSON.stringify({ month: month(), spentUsd })}\n`);
  const sane = (usd: number) => Number.isFinite(usd) && usd >= 0;
  return {
    spentThisMonth: read,
    async add(usd) {
      if (!sane(usd)) throw new Error(`refused to add ${usd} to the LLM spend`);
      if (usd === 0) return;
      const spent = await read();
      // A damaged ledger stays damaged (and refusing) until the person corrects it in Settings.
      if (!Number.isFinite(spent)) return;
      await write(Math.round((spent + usd) * 10_000) / 10_000);
    },
    async set(usd) {
      if (!sane(usd)) throw new Error(`refused to set the LLM spend to ${usd}`);
      await write(usd);
    },
  };
}
