// Turns a storage failure into a sentence a person can act on. The one place such wording lives.

export function describeDatabaseError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Your disk or browser storage is full, so this was not saved. Free some space; what you typed is still on screen.';
  }
  if (name === 'DatabaseClosedError') {
    return 'The database closed unexpectedly. Reload ShipReady; what you typed is still on screen until you do.';
  }
  if (name === 'AbortError' || name === 'TransactionInactiveError') {
    return 'Saving was interrupted and nothing was changed. Try again.';
  }
  if (name === 'VersionError') {
    return 'This data was written by a newer ShipReady. Update the app to open it; nothing was changed.';
  }
  return `Saving failed (${name || 'unknown error'}); nothing was changed.`;
}
