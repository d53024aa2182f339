// The person's local day as two instants, [start, end): what "due today" and "new today" count within.
export function localDayBounds(now: Date): { dayStart: Date; dayEnd: Date } {
  const dayStart = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const dayEnd = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return { dayStart, dayEnd };
}
