// The context that makes a number trustworthy: model, prompt version, dataset, split, commit, notes.
import { useId } from 'react';

const fields = [
  ['model', 'Model', 'claude-sonnet-4-5, llama-3.1-8b…'],
  ['promptVersion', 'Prompt or config version', 'v3'],
  ['datasetName', 'Dataset', 'support-docs golden set'],
  ['datasetSize', 'Dataset size', '100'],
  ['datasetSplit', 'Split', 'test'],
  ['commitOrUrl', 'Commit or URL', 'a1b2c3d'],
] as const;

export function RunContextFields({
  context,
  onChange,
}: {
  context: Record<string, string>;
  onChange: (next: Record<string, string>) => void;
}) {
  const id = useId();
  return (
    <details className="run-context" open>
      <summary>Context (makes the numbers trustworthy)</summary>
      <div className="field-grid">
        {fields.map(([key, label, placeholder]) => (
          <span key={key} className="contents">
            <label htmlFor={`${id}-${key}`}>{label}</label>
            <input
              id={`${id}-${key}`}
              placeholder={placeholder}
              value={context[key] ?? ''}
              onChange={(e) => onChange({ ...context, [key]: e.target.value })}
            />
          </span>
        ))}
      </div>
      <label htmlFor={`${id}-notes`}>Notes</label>
      <textarea
        id={`${id}-notes`}
        rows={2}
        value={context.notes ?? ''}
        onChange={(e) => onChange({ ...context, notes: e.target.value })}
      />
    </details>
  );
}
