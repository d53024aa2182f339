// Routes uncaught failures to the notice area instead of a silent console.
import { describeDatabaseError } from '../db/describe-error';
import type { appStore } from '../store/app-store';

const storageErrors = /QuotaExceeded|DatabaseClosed|Abort|TransactionInactive|VersionError|Dexie/;

export function messageFor(reason: unknown): string {
  const name = (reason as { name?: string } | null)?.name ?? '';
  if (storageErrors.test(name)) return describeDatabaseError(reason);
  const text = reason instanceof Error ? reason.message : String(reason);
  return `Something went wrong: ${text.slice(0, 300)}`;
}

export function installGlobalErrorHandlers(store: typeof appStore): void {
  window.addEventListener('error', (event) =>
    store.getState().notify('error', messageFor(event.error ?? event.message)),
  );
  window.addEventListener('unhandledrejection', (event) =>
    store.getState().notify('error', messageFor(event.reason)),
  );
}
