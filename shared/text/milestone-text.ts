// A milestone as it should read: its whole criterion when its title is only a shortened copy of it.

const ellipsis = /\s*…$/;

/**
 * Milestones started from the curriculum carry the criterion's whole text in `acceptanceCriteria` and a
 * title that may be a shortened copy of it; screens and exports show the whole text, never the cut one.
 */
export function milestoneText(milestone: { title: string; acceptanceCriteria?: string | undefined }): string {
  const title = milestone.title.trim();
  const criteria = milestone.acceptanceCriteria?.trim() ?? '';
  if (!criteria) return title;
  const stem = title.replace(ellipsis, '');
  return criteria === title || (stem.length > 0 && stem !== title && criteria.startsWith(stem))
    ? criteria
    : title;
}

/** True when `milestoneText` already shows the criteria, so they are not printed a second time. */
export function criteriaShownInText(milestone: {
  title: string;
  acceptanceCriteria?: string | undefined;
}): boolean {
  const criteria = milestone.acceptanceCriteria?.trim() ?? '';
  return criteria !== '' && milestoneText(milestone) === criteria;
}

/** A short title for a long criterion, cut at a word boundary (never mid-word) to at most `max` characters. */
export function shortTitle(text: string, max = 200): string {
  const whole = text.trim();
  const chars = Array.from(whole);
  if (chars.length <= max) return whole;
  const head = chars.slice(0, max - 1).join('');
  const cut = head.replace(/\s+\S*$/, '');
  return `${(cut.length >= max / 2 ? cut : head).replace(/[\s,;:.]+$/, '')}…`;
}
