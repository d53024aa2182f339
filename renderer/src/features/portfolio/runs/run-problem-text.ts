// A problem with a run, as a sentence that names the field by its label on the form: "Label must be 120
// characters or fewer (you entered 500)." rather than "label: must be 120 characters or fewer (got 500)".
import type { FieldProblem } from '../../../../../shared/portfolio/types';

const contextLabels: Record<string, string> = {
  model: 'Model',
  promptVersion: 'Prompt or config version',
  datasetName: 'Dataset',
  datasetSize: 'Dataset size',
  datasetSplit: 'Split',
  commitOrUrl: 'Commit or URL',
  notes: 'Notes',
};

/** The on-screen label of a problem's field, or null when the problem is about the run as a whole. */
export function fieldLabel(field: string): string | null {
  if (field === 'label') return 'Label';
  if (field === 'ranOn') return 'Date';
  if (field === 'baselineRunId') return 'Baseline';
  if (field === 'metrics' || field === 'run' || field === 'context') return null;
  const context = /^context\.(\w+)$/.exec(field);
  if (context?.[1]) return contextLabels[context[1]] ?? 'Context';
  const metric = /^metrics\[(\d+)\](?:\.(\w+))?$/.exec(field);
  if (metric) {
    const n = Number(metric[1]) + 1;
    const part = metric[2];
    if (part === 'value') return `Metric ${n} value`;
    if (part === 'k') return `Metric ${n} k`;
    if (part === 'unit') return `Metric ${n} unit`;
    return `Metric ${n}`;
  }
  return null;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const withStop = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

export function runProblemText({ field, message }: FieldProblem): string {
  const label = fieldLabel(field);
  const said = message.trim().replace(/\(got ([^)]*)\)/g, '(you entered $1)');
  if (!label) return withStop(capitalised(said));
  // "must be …" continues the label; anything else ("enter a number", "faithfulness must be …") follows it.
  if (/^(must|is|appears|has)\b/.test(said)) return withStop(`${label} ${said}`);
  return withStop(`${label}: ${capitalised(said)}`);
}
