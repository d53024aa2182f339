// The metric rows of a run being logged: a catalog metric (with k where it needs one) or a custom one.
import { useId } from 'react';
import { findMetric, metricCatalog } from '../../../../../shared/metrics/catalog';
import type { MetricDraft } from '../../../../../shared/portfolio/types';

export interface MetricRowDraft {
  /** A catalog key, or `custom`. */
  key: string;
  value: string;
  k: string;
  customName: string;
  unit: string;
  direction: 'higher' | 'lower';
}

const slug = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function toMetricDraft(row: MetricRowDraft): MetricDraft {
  if (row.key === 'custom') {
    return {
      key: `custom:${slug(row.customName)}`,
      value: row.value,
      unit: row.unit,
      direction: row.direction,
    };
  }
  return { key: row.key, value: row.value, ...(findMetric(row.key)?.needsK ? { k: row.k } : {}) };
}

interface Props {
  rows: MetricRowDraft[];
  onChange: (rows: MetricRowDraft[]) => void;
  onAdd: () => void;
}

export function MetricRowsEditor({ rows, onChange, onAdd }: Props) {
  const id = useId();
  const update = (index: number, patch: Partial<MetricRowDraft>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="metric-rows">
      <legend>Metrics</legend>
      {rows.map((row, index) => {
        const definition = findMetric(row.key);
        const n = index + 1;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id of their own.
          <div key={index} className="metric-row">
            <label htmlFor={`${id}-${index}-key`} className="visually-hidden">
              Metric {n}
            </label>
            <select
              id={`${id}-${index}-key`}
              value={row.key}
              onChange={(e) => update(index, { key: e.target.value })}
            >
              {metricCatalog.map((metric) => (
                <option key={metric.key} value={metric.key}>
                  {metric.label}
                </option>
              ))}
              <option value="custom">Custom metric…</option>
            </select>
            {definition?.needsK && (
              <>
                <label htmlFor={`${id}-${index}-k`}>k</label>
                <input
                  id={`${id}-${index}-k`}
                  className="narrow"
                  inputMode="numeric"
                  value={row.k}
                  onChange={(e) => update(index, { k: e.target.value })}
                />
              </>
            )}
            {row.key === 'custom' && (
              <>
                <label htmlFor={`${id}-${index}-name`} className="visually-hidden">
                  Metric {n} name
                </label>
                <input
                  id={`${id}-${index}-name`}
                  placeholder="Name"
                  value={row.customName}
                  onChange={(e) => update(index, { customName: e.target.value })}
                />
                <label htmlFor={`${id}-${index}-unit`} className="visually-hidden">
                  Metric {n} unit
                </label>
                <input
                  id={`${id}-${index}-unit`}
                  className="narrow"
                  placeholder="Unit"
                  value={row.unit}
                  onChange={(e) => update(index, { unit: e.target.value })}
                />
                <label htmlFor={`${id}-${index}-dir`} className="visually-hidden">
                  Metric {n} direction
                </label>
                <select
                  id={`${id}-${index}-dir`}
                  value={row.direction}
                  onChange={(e) => update(index, { direction: e.target.value as 'higher' | 'lower' })}
                >
                  <option value="higher">higher is better</option>
                  <option value="lower">lower is better</option>
                </select>
              </>
            )}
            <label htmlFor={`${id}-${index}-value`} className="visually-hidden">
              Metric {n} value
            </label>
            <input
              id={`${id}-${index}-value`}
              className="narrow"
              inputMode="decimal"
              placeholder={definition ? (definition.unit === 'ratio' ? '0 to 1' : definition.unit) : 'value'}
              value={row.value}
              onChange={(e) => update(index, { value: e.target.value })}
            />
            {rows.length > 1 && (
              <button
                type="button"
                className="ghost"
                aria-label={`Remove metric ${n}`}
                onClick={() => onChange(rows.filter((_, i) => i !== index))}
              >
                ×
              </button>
            )}
          </div>
        );
      })}
      <button type="button" className="secondary small" onClick={onAdd}>
        Add metric
      </button>
    </fieldset>
  );
}
