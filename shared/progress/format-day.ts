// "2027-03-14" → "Mar 14, 2027". Written out rather than through Intl: the app's text is English, and
// the first Intl date format in a page costs about 20 ms of locale loading on the start-up path.

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const month = match ? months[Number(match[2]) - 1] : undefined;
  if (!match || !month) return day;
  return `${month} ${Number(match[3])}, ${match[1]}`;
}
