// Stores LLM answers and self-graded interviews (only complete, validated ones) and readiness snapshots.
import type { Feedback, ReadinessSnapshot } from '../../../../shared/domain/records';
import type { Readiness } from '../../../../shared/readiness/types';
import type { ShipReadyDatabase } from '../database';
import { appendEvent } from './events';
import { newId, nowIso } from './ids';

export async function saveFeedback(
  db: ShipReadyDatabase,
  row: Omit<Feedback, 'id' | 'createdAt'>,
): Promise<Feedback> {
  const feedback: Feedback = { ...row, id: newId(), createdAt: nowIso() };
  await db.transaction('rw', db.feedback, db.events, async () => {
    await db.feedback.add(feedback);
    await appendEvent(
      db,
      'feedback.saved',
      feedback.id,
      { kind: feedback.kind, model: feedback.model },
      feedback.createdAt,
    );
  });
  return feedback;
}

/** A stored answer to exactly this request, if there is one: asking again costs nothing. */
export async function cachedFeedback(
  db: ShipReadyDatabase,
  inputHash: string,
): Promise<Feedback | undefined> {
  return (await db.feedback.where('inputHash').equals(inputHash).sortBy('createdAt')).at(-1);
}

function snapshotOf(readiness: Readiness, at: string): ReadinessSnapshot {
  return {
    id: newId(),
    at,
    overall: readiness.overall,
    layers: Object.fromEntries(readiness.layers.map((layer) => [layer.layer, layer.score])),
    skills: Object.fromEntries(readiness.skills.map((skill) => [skill.skillId, skill.score])),
    roles: Object.fromEntries(readiness.roles.map((role) => [role.roleId, role.score])),
  };
}

const sameScores = (a: ReadinessSnapshot, b: ReadinessSnapshot) =>
  a.overall === b.overall && JSON.stringify([a.layers, a.skills]) === JSON.stringify([b.layers, b.skills]);

/** Keeps the trend: a new snapshot when the scores changed, or once a day even if they did not. */
export async function recordSnapshot(db: ShipReadyDatabase, readiness: Readiness): Promise<boolean> {
  const at = nowIso();
  const next = snapshotOf(readiness, at);
  return db.transaction('rw', db.readinessSnapshots, async () => {
    const last = await db.readinessSnapshots.orderBy('at').last();
    if (last && sameScores(last, next) && last.at.slice(0, 10) === at.slice(0, 10)) return false;
    await db.readinessSnapshots.add(next);
    return true;
  });
}
