// Errors as values at every boundary: IPC, HTTP, imports. Exceptions stay inside modules.

export interface AppError {
  /** Stable machine-readable code, e.g. `invalid-payload`, `not-found`, `io-failed`. */
  code: string;
  /** A sentence a person can act on; never contains secrets or stack traces. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (code: string, message: string): { ok: false; error: AppError } => ({
  ok: false,
  error: { code, message },
});
