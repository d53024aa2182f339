// The one error surface: failures and confirmations, each dismissible, read out by screen readers.
import { useAppStore } from '../store/app-store';

export function NoticeArea() {
  const notices = useAppStore((state) => state.notices);
  const dismiss = useAppStore((state) => state.dismiss);
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Messages">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          <span>{notice.message}</span>
          {notice.action && (
            <button
              type="button"
              className="secondary small"
              onClick={() => {
                notice.action?.run();
                dismiss(notice.id);
              }}
            >
              {notice.action.label}
            </button>
          )}
          <button
            type="button"
            className="ghost"
            onClick={() => dismiss(notice.id)}
            aria-label="Dismiss message"
          >
            ×
          </button>
        </div>
      ))}
    </section>
  );
}
