// The one date format on every screen and in every export: the person's locale ("2 mars 2026", "Mar 2, 2026").
// The first Intl date format in a page costs about 20 ms of locale loading, so the first screen writes days out in
// English ("Mar 14, 2027") and the locale's formatter is made once, after the first screen (`setDateLocales`).

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

let locales: readonly string[] | null = null;
let dayFormat: Intl.DateTimeFormat | null = null;
let momentFormat: Intl.DateTimeFormat | null = null;

/** From now on days are written in these locales (the first one Intl knows wins); costs nothing until a day is written. */
export function setDateLocales(preferred: readonly string[]): void {
  locales = [...preferred];
  dayFormat = null;
  momentFormat = null;
}

/** The tags Intl can read; a malformed one ("not a locale!") would make the whole list throw. */
function readableLocales(tags: readonly string[]): string[] {
  return tags.filter((tag) => {
    try {
      Intl.getCanonicalLocales(tag);
      return true;
    } catch {
      return false;
    }
  });
}

/** Back to the English first-screen format (tests). */
export function resetDateLocales(): void {
  locales = null;
  dayFormat = null;
  momentFormat = null;
}

function localeDay(): Intl.DateTimeFormat | null {
  if (!locales) return null;
  dayFormat ??= new Intl.DateTimeFormat(readableLocales(locales), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return dayFormat;
}

function englishDay(year: number, month: number, day: number): string {
  return `${months[month - 1]} ${day}, ${year}`;
}

/** "2027-03-14" → "Mar 14, 2027" (or the locale's form); anything that is not a day comes back unchanged. */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || date < 1 || date > 31) return day;
  const format = localeDay();
  return format ? format.format(new Date(Date.UTC(year, month - 1, date))) : englishDay(year, month, date);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment (ISO time stamp) as its local day: "Mar 14, 2027"; an unreadable one comes back unchanged. */
export function formatDayOf(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return formatDay(`${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`);
}

/** A moment with its local time: "Mar 14, 2027, 09:05" (or the locale's form). */
export function formatMoment(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  if (locales) {
    momentFormat ??= new Intl.DateTimeFormat(readableLocales(locales), {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    return momentFormat.format(time);
  }
  return `${formatDayOf(iso)}, ${pad(time.getHours())}:${pad(time.getMinutes())}`;
}
