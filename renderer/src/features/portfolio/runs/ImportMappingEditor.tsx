// Maps a CSV's columns to a run's fields and metrics; starts from a guess the person can correct.
import { useId } from 'react';
import { findMetric, metricCatalog } from '../../../../../shared/metrics/catalog';
import type { ImportMapping } from '../../../../../shared/portfolio/import-mapping';

const contextFields = [
  ['ranOn', 'Date (required)'],
  ['label', 'Label'],
  ['model', 'Model'],
  ['promptVersion', 'Prompt version'],
  ['datasetName', 'Dataset'],
  ['datasetSize', 'Dataset size'],
  ['datasetSplit', 'Split'],
  ['commitOrUrl', 'Commit or URL'],
  ['notes', 'Notes'],
] as const;

type ContextField = (typeof contextFields)[number][0];

export function ImportMappingEditor({
  headers,
  mapping,
  onChange,
}: {
  headers: string[];
  mapping: ImportMapping;
  onChange: (next: ImportMapping) => void;
}) {
  const id = useId();
  const usedByContext = new Set(contextFields.map(([field]) => mapping[field]).filter(Boolean));
  const metricFor = (column: string) => mapping.metrics.find((m) => m.column === column);
  const setContext = (field: ContextField, column: string) =>
    onChange({ ...mapping, [field]: column || undefined, ...(field === 'ranOn' ? { ranOn: column } : {}) });
  const setMetric = (column: string, key: string, k?: number) => {
    const others = mapping.metrics.filter((m) => m.column !== column);
    const custom =
      key === 'custom'
        ? {
            key: `custom:${column
              .toLowerCase()
              .replace(/[^a-z0-9]+/g, '-')
              .replace(/^-|-$/g, '')}`,
            unit: 'units',
            direction: 'higher' as const,
          }
        : { key };
    onChange({
      ...mapping,
      metrics: key === '' ? others : [...others, { column, ...custom, ...(k !== undefined ? { k } : {}) }],
    });
  };
  return (
    <div className="mapping">
      <fieldset className="field-grid">
        <legend>Run fields</legend>
        {contextFields.map(([field, label]) => (
          <span key={field} className="contents">
            <label htmlFor={`${id}-${field}`}>{label}</label>
            <select
              id={`${id}-${field}`}
              value={mapping[field] ?? ''}
              onChange={(e) => setContext(field, e.target.value)}
            >
              <option value="">(none)</option>
              {headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </select>
          </span>
        ))}
      </fieldset>
      <fieldset className="field-grid">
        <legend>Metric columns</legend>
        {headers
          .filter((header) => !usedByContext.has(header))
          .map((header) => {
            const metric = metricFor(header);
            const selected = metric ? (metric.key.startsWith('custom:') ? 'custom' : metric.key) : '';
            return (
              <span key={header} className="contents">
                <label htmlFor={`${id}-m-${header}`}>{header}</label>
                <span className="inline">
                  <select
                    id={`${id}-m-${header}`}
                    value={selected}
                    onChange={(e) =>
                      setMetric(
                        header,
                        e.target.value,
                        findMetric(e.target.value)?.needsK ? (metric?.k ?? 5) : undefined,
                      )
                    }
                  >
                    <option value="">not imported</option>
                    {metricCatalog.map((m) => (
                      <option key={m.key} value={m.key}>
                        {m.label}
                      </option>
                    ))}
                    <option value="custom">custom metric</option>
                  </select>
                  {metric && findMetric(metric.key)?.needsK && (
                    <input
                      className="narrow"
                      aria-label={`k for ${header}`}
                      value={metric.k ?? ''}
                      onChange={(e) => setMetric(header, metric.key, Number(e.target.value) || undefined)}
                    />
                  )}
                </span>
              </span>
            );
          })}
      </fieldset>
    </div>
  );
}
