// Said above data that is still on screen although refreshing it failed: how old it is,
// why the refresh failed, and a way to try again.
import { formatUpdatedAt } from '@/domain/format';

interface StaleNoteProps {
  /** Absent while the data is fresh. */
  stale?: {
    /** When the data on screen was loaded (epoch ms). */
    updatedAt: number;
    reason: string;
    retry: () => void;
  };
}

export function StaleNote({ stale }: StaleNoteProps) {
  if (!stale) return null;
  return (
    <div className="stale-note" role="status">
      <span>
        Stale: last updated {formatUpdatedAt(stale.updatedAt)}; refresh failed: {stale.reason}
      </span>
      <button type="button" onClick={stale.retry}>
        Retry
      </button>
    </div>
  );
}
