// Navigation between the five areas; also reachable with Alt+1 to Alt+5.
import { useEffect } from 'react';
import { useAppStore } from '../store/app-store';
import { type Page, pages } from '../store/navigation-slice';
import { useFocusPageHeading } from '../ui/use-focus-page-heading';

const labels: Record<Page, { title: string; hint: string }> = {
  roadmap: { title: 'Roadmap', hint: 'Six months, week by week' },
  portfolio: { title: 'Portfolio', hint: 'Projects and eval numbers' },
  readiness: { title: 'Readiness', hint: 'Scores from evidence' },
  review: { title: 'Review', hint: 'Mentor reviews' },
  settings: { title: 'Settings', hint: 'Data, backups, LLM' },
};

export function Sidebar() {
  const page = useAppStore((state) => state.route.page);
  const goTo = useAppStore((state) => state.goTo);
  const route = useAppStore((state) => state.route);
  // The shell's one place that sees every page change.
  useFocusPageHeading(route);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const target = pages[Number(event.key) - 1];
      if (target) {
        event.preventDefault();
        goTo(target);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goTo]);
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ▲
        </span>{' '}
        ShipReady
      </div>
      <ul>
        {pages.map((name, index) => (
          <li key={name}>
            <button
              type="button"
              className={name === page ? 'nav-item active' : 'nav-item'}
              aria-current={name === page ? 'page' : undefined}
              onClick={() => goTo(name)}
              title={`Alt+${index + 1}`}
            >
              <span className="nav-title">{labels[name].title}</span>
              <span className="nav-hint">{labels[name].hint}</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="muted small shortcut-hint">
        Press <kbd>?</kbd> for keyboard shortcuts
      </p>
    </nav>
  );
}
