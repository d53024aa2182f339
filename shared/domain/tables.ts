// The one registry of tables: each table's name, primary key, indexes, row schema and how it travels in a
// bundle. The database schema, bundle sections, merge plan, exports, raw export and restore derive from it.
import type { z } from 'zod';
import { describeSeries, seriesId } from '../metrics/validate-metric';
import { evalRunSchema, metricSchema } from './eval-runs';
import { appEventSchema } from './events';
import { noteSchema, personalResourceSchema, progressEntrySchema } from './progress';
import { milestoneSchema, projectSchema } from './projects';
import { feedbackSchema, readinessSnapshotSchema, reviewReceivedSchema, settingRowSchema } from './records';
import { reviewCardSchema, reviewLogSchema } from './review-cards';

/** The bundle's privacy switches that leave a whole section out. `costs` only zeroes fields. */
export type SectionSwitch = 'notes' | 'resources' | 'llmAnswers' | 'reviewLog';

/** How a table's rows travel in a portfolio bundle. */
export interface BundleRule<Row, Switch extends SectionSwitch | null = SectionSwitch | null> {
  /** The privacy switch that leaves this section out of a bundle; null: always included. */
  section: Switch;
  /** What a merge preview calls the row. */
  mergeLabel: (row: Row) => string;
  /** The field holding when the row last changed, which decides a merge; null where there is none. */
  modifiedAt: (keyof Row & string) | null;
  /**
   * The row this one belongs to. A row from a file never overwrites a local row of another parent (it is
   * given a new key instead), and with `follows` the row has no time of its own and follows its parent's
   * merge decision (metrics follow their run).
   */
  parent?: { table: string; field: keyof Row & string; follows?: true };
  /** Other fields naming a row of another table, rewritten when that row gets a new key in a merge. */
  references?: { table: string; field: keyof Row & string }[];
  /** Rows of one parent that must not share this value (a run holds one value per metric series). */
  slotOf?: (row: Row) => string;
  /** The field naming a curriculum item; rows for items the curriculum does not have are left out. */
  curriculumItem?: keyof Row & string;
  /** Two rows that are the same for a merge although their content differs; `same` compares content. */
  sameForMerge?: (existing: Row, incoming: Row, same: (a: unknown, b: unknown) => boolean) => boolean;
  /** Applies the `costs` switch to one exported row. */
  exportRow?: (row: Row, privacy: { costs: boolean }) => Row;
}

export interface TableSpec<Schema extends z.ZodType = z.ZodType, Key extends string = string> {
  /** The primary key's field. */
  key: Key;
  /** The key is a number the database assigns. */
  autoIncrement: boolean;
  /** Dexie index specs besides the key (`[projectId+order]` for compound ones). */
  indexes: readonly string[];
  /** The row's only definition; rows restored or imported are checked against it. */
  schema: Schema;
}

type Row<Schema extends z.ZodType> = z.output<Schema>;

function localTable<Schema extends z.ZodType, Key extends keyof Row<Schema> & string>(
  spec: TableSpec<Schema, Key>,
): TableSpec<Schema, Key> & { bundle: null } {
  return { ...spec, bundle: null };
}

function bundleTable<
  Schema extends z.ZodType,
  Key extends keyof Row<Schema> & string,
  Switch extends SectionSwitch | null,
>(spec: TableSpec<Schema, Key> & { bundle: BundleRule<Row<Schema>, Switch> }) {
  return spec;
}

const costFree = { inputTokens: 0, outputTokens: 0, estimatedCostUsd: 0 };

/** Every table, in the order sections are listed, checked, planned and written. Storage names never change. */
export const tableRegistry = {
  progress: bundleTable({
    key: 'itemId',
    autoIncrement: false,
    indexes: ['status', 'updatedAt'],
    schema: progressEntrySchema,
    bundle: {
      section: null,
      mergeLabel: (row) => row.itemId,
      modifiedAt: 'updatedAt',
      curriculumItem: 'itemId',
    },
  }),
  notes: bundleTable({
    key: 'itemId',
    autoIncrement: false,
    indexes: ['updatedAt'],
    schema: noteSchema,
    bundle: {
      section: 'notes',
      mergeLabel: (row) => row.itemId,
      modifiedAt: 'updatedAt',
      curriculumItem: 'itemId',
    },
  }),
  resources: bundleTable({
    key: 'id',
    autoIncrement: false,
    indexes: ['itemId', 'createdAt'],
    schema: personalResourceSchema,
    bundle: {
      section: 'resources',
      mergeLabel: (row) => row.title,
      modifiedAt: 'createdAt',
      curriculumItem: 'itemId',
    },
  }),
  projects: bundleTable({
    key: 'id',
    autoIncrement: false,
    indexes: ['status', 'curriculumRef', 'updatedAt', 'archivedAt'],
    schema: projectSchema,
    bundle: { section: null, mergeLabel: (row) => row.title, modifiedAt: 'updatedAt' },
  }),
  milestones: bundleTable({
    key: 'id',
    autoIncrement: false,
    indexes: ['projectId', '[projectId+order]', 'dueOn'],
    schema: milestoneSchema,
    bundle: {
      section: null,
      mergeLabel: (row) => row.title,
      modifiedAt: 'updatedAt',
      parent: { table: 'projects', field: 'projectId' },
    },
  }),
  evalRuns: bundleTable({
    key: 'id',
    autoIncrement: false,
    indexes: ['projectId', 'ranOn', 'baselineRunId'],
    schema: evalRunSchema,
    bundle: {
      section: null,
      mergeLabel: (row) => row.label,
      modifiedAt: 'updatedAt',
      parent: { table: 'projects', field: 'projectId' },
      references: [{ table: 'evalRuns', field: 'baselineRunId' }],
    },
  }),
  metrics: bundleTable({
    key: 'id',
    autoIncrement: false,
    indexes: ['runId', 'projectId', 'key', '[projectId+key]'],
    schema: metricSchema,
    bundle: {
      section: null,
      mergeLabel: (row) => describeSeries(row, row).label,
      modifiedAt: null,
      parent: { table: 'evalRuns', field: 'runId', follows: true },
      references: [{ table: 'projects', field: 'projectId' }],
      slotOf: (row) => seriesId(row),
    },
  }),
  feedback: bundleTable({
    key: 'id',
    autoIncrement: false,
    indexes: ['inputHash', 'kind', 'createdAt'],
    schema: feedbackSchema,
    bundle: {
      section: 'llmAnswers',
      mergeLabel: (row) => `${row.kind} answer of ${row.createdAt.slice(0, 10)}`,
      modifiedAt: 'createdAt',
      // A bundle exported without costs brings zero tokens and cost: that never overwrites the real numbers.
      sameForMerge: (mine, theirs, same) =>
        same({ ...theirs, ...costFree }, theirs) && same({ ...mine, ...costFree }, theirs),
      exportRow: (row, privacy) => (privacy.costs ? row : { ...row, ...costFree }),
    },
  }),
  readinessSnapshots: bundleTable({
    key: 'id',
    autoIncrement: false,
    indexes: ['at'],
    schema: readinessSnapshotSchema,
    bundle: {
      section: null,
      mergeLabel: (row) => `readiness snapshot of ${row.at.slice(0, 10)}`,
      modifiedAt: 'at',
    },
  }),
  events: localTable({
    key: 'seq',
    autoIncrement: true,
    indexes: ['at', 'kind', 'entityId'],
    schema: appEventSchema,
  }),
  reviews: localTable({
    key: 'id',
    autoIncrement: false,
    indexes: ['bundleHash', 'receivedAt'],
    schema: reviewReceivedSchema,
  }),
  settings: localTable({ key: 'key', autoIncrement: false, indexes: [], schema: settingRowSchema }),
  // Each card's FSRS state: a cache of the review log, rebuilt from it wherever it does not follow the log.
  reviewCards: localTable({ key: 'id', autoIncrement: false, indexes: ['due'], schema: reviewCardSchema }),
  // Append-only: ratings and undos are added, never changed, so two devices' logs merge by union.
  reviewLog: bundleTable({
    key: 'id',
    autoIncrement: false,
    indexes: ['cardId', 'at'],
    schema: reviewLogSchema,
    bundle: {
      section: 'reviewLog',
      mergeLabel: (row) =>
        `${row.kind === 'undo' ? 'undo' : 'rating'} of ${row.cardId} on ${row.at.slice(0, 10)}`,
      modifiedAt: 'at',
    },
  }),
};

type Registry = typeof tableRegistry;
export type TableName = keyof Registry;
export type RowOf<T extends TableName> = z.output<Registry[T]['schema']>;
export type KeyOf<T extends TableName> = Registry[T]['key'];

/** The tables a portfolio bundle carries. */
export type BundleTable = { [T in TableName]: Registry[T]['bundle'] extends null ? never : T }[TableName];
/** Bundle tables a privacy switch can leave out of the file. */
export type OptionalSection = {
  [T in BundleTable]: Registry[T]['bundle']['section'] extends null ? never : T;
}[BundleTable];

/** One list of rows per bundle table. */
export type BundleRows = { [T in BundleTable]: RowOf<T>[] };
export type BundleRow = RowOf<BundleTable>;

export const tableNames = Object.keys(tableRegistry) as TableName[];
export const bundleTables = tableNames.filter(
  (name): name is BundleTable => tableRegistry[name].bundle !== null,
);

/**
 * The one place the registry is read without its per-table types: generic code (merge, export, restore)
 * treats every row alike through this view.
 */
export function tableSpec(
  name: TableName,
): TableSpec & { bundle: BundleRule<Record<string, unknown>> | null } {
  return tableRegistry[name] as unknown as TableSpec & { bundle: BundleRule<Record<string, unknown>> | null };
}

/** A bundle table's rules, for code that handles every table alike. */
export function bundleRule(name: BundleTable): BundleRule<Record<string, unknown>> {
  return tableRegistry[name].bundle as unknown as BundleRule<Record<string, unknown>>;
}

/** A row's primary key as text (the events table's numeric key too). */
export function keyOfRow(name: TableName, row: object): string {
  return String((row as Record<string, unknown>)[tableRegistry[name].key]);
}

export const emptyRows = (): BundleRows =>
  Object.fromEntries(bundleTables.map((name) => [name, []])) as unknown as BundleRows;

/** The Dexie `stores()` declaration the registry describes: `'++seq, at, kind'`, `'itemId, status'`. */
export function dexieStores(): Record<TableName, string> {
  const entries = tableNames.map((name) => {
    const spec = tableRegistry[name];
    const key = spec.autoIncrement ? `++${spec.key}` : spec.key;
    return [name, [key, ...spec.indexes].join(', ')];
  });
  return Object.fromEntries(entries) as Record<TableName, string>;
}
