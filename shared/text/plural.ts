// Counted nouns and on-screen labels, one definition for the app and the exports: "1 run", "2 runs", "Not started".

const irregular: Readonly<Record<string, string>> = {
  day: 'days',
  'active day': 'active days',
  analysis: 'analyses',
  criterion: 'criteria',
  entry: 'entries',
  match: 'matches',
  person: 'people',
  property: 'properties',
  study: 'studies',
};

/** The plural of an English noun phrase, from a short list of irregular words or the usual rules. */
export function pluralOf(singular: string): string {
  const known = irregular[singular];
  if (known) return known;
  if (/[^aeiou]y$/i.test(singular)) return `${singular.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(singular)) return `${singular}es`;
  return `${singular}s`;
}

/** Thousands separated by commas: 12,345. */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "1 run", "0 runs", "1,200 runs"; `plural` when the noun is not regular. */
export function countOf(count: number, singular: string, plural: string = pluralOf(singular)): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

/**
 * A stored token or a title-cased phrase as an on-screen label in sentence case:
 * `not-started` and "Not Started" both read "Not started"; `eval_runs` reads "Eval runs".
 */
export function sentenceLabel(token: string): string {
  const words = token
    .trim()
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean);
  if (words.length === 0) return '';
  const [first = '', ...rest] = words.map((word) =>
    // An acronym (LLM, RAG) keeps its capitals; other words are lower case after the first.
    word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word) ? word : word.toLowerCase(),
  );
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ');
}

/** The same label inside a sentence: "not started", "eval runs" (acronyms keep their capitals). */
export function inlineLabel(token: string): string {
  const label = sentenceLabel(token);
  const firstWord = label.split(' ')[0] ?? '';
  const isAcronym = firstWord.length > 1 && firstWord === firstWord.toUpperCase();
  return isAcronym ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
