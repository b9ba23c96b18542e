// What the page has to say about itself, above the panels: what the chosen source reported
// (e.g. that it serves only recent days), and what a shared link held that was ignored.
import { useViewStore } from '@/stores/view-store';

export function SourceNotice({ notice, onDismiss }: { notice?: string; onDismiss: () => void }) {
  if (!notice) return null;
  return (
    <div className="banner" role="status" aria-label="Source notice">
      <span>{notice}</span>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

export function LinkNotices() {
  const notices = useViewStore((s) => s.notices);
  const dismiss = useViewStore((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <div className="banner" role="status" aria-label="Link notices">
      <ul>
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
