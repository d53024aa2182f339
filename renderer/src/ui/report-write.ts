// Runs a write the page does not wait for, and shows its failure: a refused write (a failed Result) or a
// storage error. Never `void write()`: a write that fails in silence loses what the person did.
import type { Result } from '../../../shared/result';
import { describeDatabaseError } from '../db/describe-error';
import { appStore } from '../store/app-store';

const isFailedResult = (value: unknown): value is Extract<Result<unknown>, { ok: false }> =>
  typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;

export function reportWrite(write: Promise<unknown>): void {
  write.then(
    (value) => {
      if (isFailedResult(value)) appStore.getState().notify('error', value.error.message);
    },
    (error: unknown) => appStore.getState().notify('error', describeDatabaseError(error)),
  );
}
