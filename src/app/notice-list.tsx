import { useViewStore } from '../view-state/view-store-context';

/** Gentle messages (e.g. a link that named something this model lacks), each dismissible. */
export function NoticeList() {
  const notices = useViewStore((s) => s.notices);
  const dismiss = useViewStore((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <p key={n.id} className="notice-line">
          <span>{n.text}</span>
          <button type="button" className="button button--quiet" onClick={() => dismiss(n.id)} aria-label={`Dismiss: ${n.text}`}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
