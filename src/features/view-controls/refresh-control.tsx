// Auto-refresh for a live source: Off or one of the intervals the source allows
// (remembered per source), "Refresh now", and when the data on screen was loaded. A source
// that limits the choices (Alpha Vantage: 15 minutes) says why.
import { useId, useState } from 'react';
import type { RefreshMinutes } from '@/adapters/data-source';
import { formatUpdatedAt } from '@/domain/format';
import { useSource } from '@/queries/source';
import { useRefreshStore } from '@/stores/refresh-store';
import { useAutoRefresh } from './use-auto-refresh';

interface RefreshControlProps {
  choices: readonly RefreshMinutes[];
  /** Why the choices are what they are. */
  note?: string;
}

export function RefreshControl({ choices, note }: RefreshControlProps) {
  const adapter = useSource();
  const source = adapter.id;
  const minutes = useRefreshStore((s) => s.minutes[source] ?? 0);
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
          aria-describedby={note ? noteId : undefined}
        >
          {choices.map((m) => (
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
      {note && (
        <p id={noteId} className="refresh-note">
          {note}
        </p>
      )}
    </div>
  );
}
