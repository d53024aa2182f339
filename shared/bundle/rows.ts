// The rows a bundle holds, as one list per table: the shape merges and exports work on.
import { type BundleRows, bundleTables } from '../domain/tables';
import type { PortfolioBundle } from './schema';

/** The rows a bundle holds, ready to plan a merge or to export again; a left-out section gives no rows. */
export function rowsFromBundle(bundle: Pick<PortfolioBundle, 'sections'>): BundleRows {
  const sections = bundle.sections as Partial<Record<string, unknown[]>>;
  return Object.fromEntries(bundleTables.map((table) => [table, sections[table] ?? []])) as BundleRows;
}

/**
 * What a merge compares with the database: the bundle's rows, and for a section the bundle left out, the
 * database's own rows, so a left-out section counts as unchanged.
 */
export function incomingRows(
  existing: BundleRows,
  bundle: Pick<PortfolioBundle, 'sections'>,
  /** The bundle's rows, after any change such as following the curriculum's id map. */
  fileRows: BundleRows = rowsFromBundle(bundle),
): BundleRows {
  const sections = bundle.sections as Partial<Record<string, unknown[]>>;
  return Object.fromEntries(
    bundleTables.map((table) => [table, sections[table] === undefined ? existing[table] : fileRows[table]]),
  ) as unknown as BundleRows;
}
