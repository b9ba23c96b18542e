// What the page has to say about itself, above the panels: what the chosen source reported
// (e.g. that it serves only recent days), what a shared link held that was ignored, and
// that the demo's service worker could not start.
import { useViewStore } from '@/stores/view-store';
import { useMockApiState } from './demo-api-sync';

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

/** The demo's mock API failed to start (main.tsx starts it; tests serve it with msw/node). Only this re-renders as it comes up. */
export function DemoApiFailure() {
  const mockApi = useMockApiState();
  if (mockApi.state !== 'failed') return null;
  return (
    <div className="banner banner-error" role="alert">
      {mockApi.message}
    </div>
  );
}
