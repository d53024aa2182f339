// Opens a student's bundle in the review space (read-only, apart from your data); used by the
// "Open a student's bundle" button and by a bundle double-clicked in the file manager.

import { fail, ok, type Result } from '../../../../shared/result';
import { problemText } from '../../../../shared/text/problem-text';
import { storeOpenedBundle } from '../../db/live-review-space';

type Checked = Awaited<ReturnType<typeof import('../../../../shared/bundle/parse-bundle').parseBundle>>;

/** Stores a checked bundle in the review space, or says why the file `name` cannot be opened. */
export async function keepCheckedBundle(name: string, checked: Checked): Promise<Result<string>> {
  if (!checked.ok) {
    const problems = checked.problems
      .slice(0, 5)
      .map((p) => problemText(p))
      .join(' ');
    return fail('invalid-bundle', `${name} cannot be opened: ${problems}`);
  }
  const bundle = checked.value;
  await storeOpenedBundle({
    hash: bundle.contentHash,
    owner: bundle.owner.name,
    openedAt: new Date().toISOString(),
    bundle,
  });
  return ok(bundle.contentHash);
}

/** Checks the file and stores it in the review space; returns the bundle's hash to show it by. */
export async function openBundleInReviewSpace(file: {
  name: string;
  content: string;
}): Promise<Result<string>> {
  const { parseBundle } = await import('../../../../shared/bundle/parse-bundle');
  return keepCheckedBundle(file.name, await parseBundle(file.content));
}
