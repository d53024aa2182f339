// The bundles in the review space, grouped under each student, newest export first, each with its export date and
// a Remove button (with Undo): two exports of one student are one student with two bundles, not two like lines.
import { formatMoment } from '../../../../shared/progress/format-day';
import { countOf } from '../../../../shared/text/plural';
import { removeOpenedBundle, restoreOpenedBundle } from '../../db/live-review-space';
import type { OpenedBundle } from '../../db/review-space';
import { useAppStore } from '../../store/app-store';
import { reportWrite } from '../../ui/report-write';
import { bundleDate, bundlesByStudent } from './cohort';

export function OpenedBundleList({ bundles }: { bundles: OpenedBundle[] }) {
  const notify = useAppStore((state) => state.notify);
  const goTo = useAppStore((state) => state.goTo);

  async function remove(opened: OpenedBundle) {
    const removed = await removeOpenedBundle(opened.hash);
    if (!removed) return;
    notify(
      'info',
      `Removed ${opened.owner.trim() || 'the unnamed student'}’s bundle of ${formatMoment(bundleDate(opened))} and its draft from the review space.`,
      { label: 'Undo', run: () => reportWrite(restoreOpenedBundle(removed)) },
    );
  }

  return (
    <ul className="bundle-list" aria-label="Opened bundles">
      {bundlesByStudent(bundles).map((student) => (
        <li key={student.bundles[0]?.hash ?? student.owner}>
          <strong>{student.owner}</strong>
          <span className="muted small"> · {countOf(student.bundles.length, 'bundle')}</span>
          <ul className="bundle-versions" aria-label={`Bundles from ${student.owner}`}>
            {student.bundles.map((opened, index) => (
              <li key={opened.hash}>
                <button type="button" className="link" onClick={() => goTo('review', 'bundle', opened.hash)}>
                  {opened.bundle.exportedAt ? 'Exported' : 'Opened'} {formatMoment(bundleDate(opened))}
                </button>
                <span className="muted small">
                  {' '}
                  · {countOf(opened.bundle.sections.projects.length, 'project')}
                  {index === 0 && student.bundles.length > 1 ? ' · latest' : ''}
                  {/* Two exports in one minute still differ: the file's own fingerprint, as review messages name it. */}
                  {student.bundles.length > 1 ? ` · bundle ${opened.hash.slice(7, 19)}…` : ''}
                </span>{' '}
                <button
                  type="button"
                  className="secondary small"
                  aria-label={`Remove ${student.owner}’s bundle of ${formatMoment(bundleDate(opened))}`}
                  onClick={() => reportWrite(remove(opened))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
