// Makes person-written text inert in GitHub-flavoured Markdown: no raw HTML, no images, no structure it did not ask for.

const backslashed = /[\\`*_[\]|~#]/;
const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Punctuation that starts emphasis, code, links, images, tables or headings is backslash-escaped; `& < >` become entities. */
function escapeCharacters(text: string): string {
  return text.replace(/[\\`*_[\]|~#&<>]/g, (char) =>
    backslashed.test(char) ? `\\${char}` : (entities[char] ?? char),
  );
}

/** A line that would open a list, a heading underline or a thematic break reads as text instead; `-3` and `+0.2` stay. */
function escapeLineStart(line: string): string {
  if (/^([+-](\s|$)|=|--)/.test(line)) return `\\${line}`;
  const ordered = /^(\d{1,9})[.)](?=\s|$)/.exec(line);
  if (ordered?.[1]) return `${ordered[1]}\\${line.slice(ordered[1].length)}`;
  return line;
}

const lineBreak = /\r\n|[\r\n\u2028\u2029]/;

/** One line of text for a heading, a list item, a link label or a table cell; line breaks become spaces. */
export function markdownInline(text: string): string {
  const oneLine = String(text)
    .split(lineBreak)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
  return escapeLineStart(escapeCharacters(oneLine));
}

/** Lines of a multi-line text, each escaped; a line followed by another ends in a hard break so breaks survive. */
function markdownLines(text: string): string[] {
  const lines = String(text)
    .trim()
    .split(lineBreak)
    .map((line) => escapeLineStart(escapeCharacters(line.trim())));
  return lines.map((line, index) => (line !== '' && (lines[index + 1] ?? '') !== '' ? `${line}\\` : line));
}

/** Paragraphs of text as typed: blank lines separate paragraphs, single line breaks are kept. */
export function markdownParagraphs(text: string): string {
  return markdownLines(text).join('\n');
}

/** Text as a block quote, line breaks and paragraphs kept. */
export function markdownQuote(text: string): string {
  return markdownLines(text)
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

/** A safe https address as a link destination: parentheses percent-encoded so they cannot close it early. */
export function markdownDestination(href: string): string {
  return href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/\s/g, '%20');
}
