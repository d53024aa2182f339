// Small phrasing helpers for evidence labels, gaps and flags: plurals, quoted titles and short name lists.

export function plural(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}

/** “Support RAG” */
export function quote(title: string): string {
  return `“${title}”`;
}

/** “A”, “B”, “C” and 2 more: a label stays one line however many projects there are. */
export function nameList(titles: string[], max = 3): string {
  const shown = titles.slice(0, max).map(quote);
  const more = titles.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
