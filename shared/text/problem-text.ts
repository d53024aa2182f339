// A problem found in a file, as a sentence a person can read: "Progress 1 › status: Must be … (the file has
// "finished")." rather than "sections.progress[0].status: must be … (got "finished")."

/** `evalRuns` → "eval runs"; `datasetSize` → "dataset size". */
const words = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();

const singular = (phrase: string) => phrase.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A field path in words, or null for the file as a whole. */
export function fieldPathText(field: string): string | null {
  const path = field.trim().replace(/^sections\./, '');
  if (path === '' || path === 'file') return null;
  const parts = path.split('.').map((segment) => {
    const indexed = /^([^[]+)\[(\d+)\]$/.exec(segment);
    if (indexed?.[1] && indexed[2] !== undefined)
      return `${singular(words(indexed[1]))} ${Number(indexed[2]) + 1}`;
    return words(segment);
  });
  return capitalised(parts.join(' › '));
}

export function problemText(problem: { field: string; message: string }): string {
  return problemSentence(problem, 'the file has');
}

/** The same for what a person typed into a form: "(you entered 500)" rather than "(the file has 500)". */
export function typedProblemText(problem: { field: string; message: string }): string {
  return problemSentence(problem, 'you entered');
}

function problemSentence({ field, message }: { field: string; message: string }, got: string): string {
  const said = capitalised(message.trim().replace(/\(got ([^)]*)\)/g, `(${got} $1)`));
  const sentence = /[.!?]$/.test(said) ? said : `${said}.`;
  const where = fieldPathText(field);
  return where ? `${where}: ${sentence}` : sentence;
}
