// Reads what makes readiness evidence verified: the mentor reviews received and the hashes of bundles exported.
import { exportedBundleHashes } from '../../../shared/domain/events';
import type { Verification } from '../../../shared/readiness/readiness-from-rows';
import type { ShipReadyDatabase } from './database';

export async function readVerification(db: ShipReadyDatabase): Promise<Required<Verification>> {
  const [reviews, exports] = await Promise.all([
    db.reviews.orderBy('receivedAt').toArray(),
    db.events.where('kind').equals('bundle.exported').toArray(),
  ]);
  return { reviews, bundleHashes: exportedBundleHashes(exports) };
}
