// Today's date where the person is (YYYY-MM-DD), not in UTC: what "today" means on a plan or a form.
export function localDay(now: Date = new Date()): string {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
