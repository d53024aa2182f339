// "Publish to cohort": the person's bundle, with their privacy switches, written as their latest in the folder.
import { buildBundle } from '../../../../shared/bundle/build-bundle';
import type { PublishPrivacy } from '../../../../shared/cohort/connection';
import { fail, ok, type Result } from '../../../../shared/result';
import { loadCurriculum } from '../../content/curriculum-source';
import { readBundleRows } from '../../db/bundle-rows';
import type { ShipReadyDatabase } from '../../db/database';
import { desktopApi } from '../../platform/desktop-api';

export async function publishToCohort(
  db: ShipReadyDatabase,
  owner: string,
  privacy: PublishPrivacy,
): Promise<Result<string>> {
  if (!owner.trim()) return fail('no-owner', 'Add your name, as a mentor will see it, before publishing.');
  const [curriculum, rows] = await Promise.all([loadCurriculum(), readBundleRows(db)]);
  const { text } = await buildBundle({
    owner: owner.trim(),
    contentVersion: curriculum.contentVersion,
    rows,
    privacy,
  });
  const published = await desktopApi().publishToCohort(text);
  if (!published.ok) return published;
  return ok(`Published to the cohort folder as ${published.value.path}.`);
}
