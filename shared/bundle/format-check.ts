// Recognises a ShipReady file by its format name and refuses versions this app cannot read.
import { describeGot } from '../metrics/validate-metric';
import { isPlainObject } from '../portfolio/check-run';
import type { FieldProblem } from '../portfolio/types';

const fileKinds: Record<string, string> = {
  'shipready-portfolio': 'a ShipReady portfolio',
  'shipready-review': 'a ShipReady review file',
};

/** Problems with `format` and `formatVersion` of a parsed file that should be `format` at major version 1. */
export function formatProblems(root: unknown, format: string): FieldProblem[] {
  const wanted = fileKinds[format] ?? format;
  if (!isPlainObject(root) || root.format !== format) {
    const other = isPlainObject(root) && typeof root.format === 'string' ? fileKinds[root.format] : undefined;
    const message = other ? `this is ${other}, not ${wanted}.` : `this is not ${wanted}.`;
    return [{ field: 'format', message }];
  }
  const version = root.formatVersion;
  const match = typeof version === 'string' ? /^(\d{1,9})\.(\d{1,9})\.(\d{1,9})$/.exec(version) : null;
  if (typeof version !== 'string' || !match) {
    return [{ field: 'formatVersion', message: `use a version like 1.0.0 (got ${describeGot(version)}).` }];
  }
  const major = Number(match[1]);
  if (major > 1) {
    return [
      {
        field: 'formatVersion',
        message: `version ${version} is newer than this app reads (1.x); update ShipReady.`,
      },
    ];
  }
  if (major < 1) {
    return [{ field: 'formatVersion', message: `version ${version} is older than this app reads (1.x).` }];
  }
  return [];
}
