// Said above data that is still on screen although refreshing it failed: how old it is,
// why the refresh failed, and a way to try again.

/** Data kept after a failed refresh. */
export interface Staleness {
  /** When the data on screen was loaded (epoch ms; the oldest when several entries failed). */
  updatedAt: number;
  reason: string;
  retry: () => void;
}

const clock = new Intl.DateTimeFormat('en-US', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const dayAndClock = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Local time, "14:32" today and "Jul 25, 14:32" on an earlier day. */
export function formatUpdatedAt(time: number, now = Date.now()): string {
  const sameDay = new Date(time).toDateString() === new Date(now).toDateString();
  return (sameDay ? clock : dayAndClock).format(time);
}

export function StaleNote({ stale }: { stale?: Staleness }) {
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

/** One note for several cache entries: the oldest data, each distinct reason once. */
export function combineStaleness(entries: readonly { updatedAt: number; error: Error; retry: () => void }[]): Staleness | undefined {
  if (entries.length === 0) return undefined;
  return {
    updatedAt: Math.min(...entries.map((e) => e.updatedAt)),
    reason: [...new Set(entries.map((e) => e.error.message))].join(' '),
    retry: () => entries.forEach((e) => e.retry()),
  };
}
