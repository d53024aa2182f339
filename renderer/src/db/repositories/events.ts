// Appends to the event log. Call only inside a transaction that includes the events table.
import type { AppEvent, EventKind } from '../../../../shared/domain/events';
import type { ShipReadyDatabase } from '../database';

/** An event row as the log stores it; bulk writes add many with one `bulkAdd`. */
export function eventRow(
  kind: EventKind,
  entityId: string,
  detail?: Record<string, unknown>,
  at: string = new Date().toISOString(),
): AppEvent {
  return { at, kind, entityId, ...(detail ? { detail } : {}) };
}

export async function appendEvent(
  db: ShipReadyDatabase,
  kind: EventKind,
  entityId: string,
  detail?: Record<string, unknown>,
  at: string = new Date().toISOString(),
): Promise<void> {
  await db.events.add(eventRow(kind, entityId, detail, at));
}
