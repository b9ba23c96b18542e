// Auto-refresh for a live source: Off or every 1, 5 or 15 minutes (remembered per
// source), "Refresh now", and when the data on screen was loaded. Alpha Vantage offers
// only 15 minutes, and says why.
import { useId, useState } from 'react';
import type { DataAdapter } from '@/adapters/data-adapter';
import { REFRESH_CHOICES, refreshMinutesOf, useRefreshStore, type LiveSource, type RefreshMinutes } from '@/stores/refresh-store';
import { formatUpdatedAt } from '@/ui/primitives/stale-note';
import { useAutoRefresh } from './use-auto-refresh';

interface RefreshControlProps {
  adapter: DataAdapter;
  source: LiveSource;
}

export function RefreshControl({ adapter, source }: RefreshControlProps) {
  const minutes = useRefreshStore((s) => refreshMinutesOf(s, source));
  const setMinutes = useRefreshStore((s) => s.setMinutes);
  const { refreshNow, refreshing, updatedAt } = useAutoRefresh(adapter, minutes);
  // Said once a refresh someone asked for has finished; the timer's own refreshes stay quiet.
  const [announcement, setAnnouncement] = useState('');
  const noteId = useId();

  const refresh = async () => {
    setAnnouncement('');
    setAnnouncement((await refreshNow()) ? 'Refreshed' : 'Refresh failed: the panels say why');
  };

  return (
    <div className="refresh-control" role="group" aria-label="Refresh">
      <label className="inline-field">
        Auto-refresh
        <select
          value={minutes}
          onChange={(e) => setMinutes(source, Number(e.target.value) as RefreshMinutes)}
          aria-describedby={source === 'alphavantage' ? noteId : undefined}
        >
          {REFRESH_CHOICES[source].map((m) => (
            <option key={m} value={m}>
              {m === 0 ? 'Off' : m === 1 ? 'Every minute' : `Every ${m} minutes`}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void refresh()}>
        Refresh now
      </button>
      {/* Nothing before the first data: the panels say they are loading. */}
      {updatedAt !== undefined && (
        <span className="refresh-time">
          {refreshing ? (
            'Refreshing…'
          ) : (
            <>
              Updated <time dateTime={new Date(updatedAt).toISOString()}>{formatUpdatedAt(updatedAt)}</time>
            </>
          )}
        </span>
      )}
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
      {source === 'alphavantage' && (
        <p id={noteId} className="refresh-note">
          Alpha Vantage’s free plan allows 25 requests a day, so its answers are kept for a day: a refresh shows new figures once they are a day old.
        </p>
      )}
    </div>
  );
}
