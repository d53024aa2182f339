// Reads the "new cards a day" a person typed: a whole number from 0 to the cap, or a sentence saying why not.
import { fail, ok, type Result } from '../result';
import { maxNewCardsPerDay } from './due-queue';

export function parseNewCardsPerDay(typed: string): Result<number> {
  const trimmed = typed.trim();
  if (!/^\d+$/.test(trimmed) || Number(trimmed) > maxNewCardsPerDay) {
    return fail(
      'invalid-new-card-limit',
      `New cards a day must be a whole number from 0 to ${maxNewCardsPerDay}; "${trimmed.slice(0, 20)}" is not. Nothing was changed.`,
    );
  }
  return ok(Number(trimmed));
}
