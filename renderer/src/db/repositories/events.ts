// Appends to the event log. Call only inside a transaction that includes the events table.
import type { AppEvent, EventKind } from '../../../../shared/domain/events';
import type { ShipReadyDatabase } from '../database';

export async function appendEvent(
  db: ShipReadyDatabase,
  kind: EventKind,
  entityId: string,
  detail?: Record<string, unknown>,
  at: string = new Date().toISOString(),
): Promise<void> {
  const event: AppEvent = { at, kind, entityId, ...(detail ? { detail } : {}) };
  await db.events.add(event);
}
