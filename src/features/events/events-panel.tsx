// The Events panel: the events in range, filtered by tag and ordered by date, each
// selectable; the user's own events can be added, deleted and exported.
import { useEffect, useRef, useState } from 'react';
import { safeUrl } from '@/domain/url';
import { formatDay } from '@/domain/format';
import type { TimelineEvent } from '@/domain/types';
import { useTimelineEvents } from '@/queries/view-data';
import { useViewStore } from '@/stores/view-store';
import { ErrorState } from '@/ui/primitives/error-state';
import { HeaderActions } from '@/ui/export/export-buttons';
import { Panel } from '@/ui/primitives/panel';
import { Skeleton } from '@/ui/primitives/skeleton';
import { StaleNote } from '@/ui/primitives/stale-note';
import { EventsCsvButton } from './events-export';
import { OwnEventForm } from './own-event-form';
import { useOwnEventChanges } from './use-own-event-changes';

export function EventsPanel() {
  const timeline = useTimelineEvents();
  const ownEvents = useOwnEventChanges();
  const selectedTags = useViewStore((s) => s.tags);
  const selectedEventId = useViewStore((s) => s.event);
  const { toggleTag, clearTags, selectEvent } = useViewStore.getState();
  const [newestFirst, setNewestFirst] = useState(true);
  const [adding, setAdding] = useState(false);
  const events = newestFirst ? [...timeline.visible].reverse() : timeline.visible;
  const listRef = useRef<HTMLUListElement>(null);
  const shown = events.length;

  // An event selected elsewhere (a chart marker, Coming up, a link) is brought into the
  // list's view; only the list scrolls, not the page the person is reading.
  useEffect(() => {
    const list = listRef.current;
    const item = list?.querySelector<HTMLElement>('.event-item.is-selected');
    if (!list || !item) return;
    const above = item.offsetTop < list.scrollTop;
    const below = item.offsetTop + item.offsetHeight > list.scrollTop + list.clientHeight;
    if (above || below) list.scrollTop = item.offsetTop - (list.clientHeight - item.offsetHeight) / 2;
  }, [selectedEventId, newestFirst, shown]);

  const order = (
    <label className="inline-field">
      Order
      <select value={newestFirst ? 'newest' : 'oldest'} onChange={(e) => setNewestFirst(e.target.value === 'newest')}>
        <option value="newest">Newest first</option>
        <option value="oldest">Oldest first</option>
      </select>
    </label>
  );

  return (
    <Panel title="Events" className="events-panel" actions={<HeaderActions>{order}<EventsCsvButton events={timeline.visible} /></HeaderActions>}>
      {timeline.tags.length > 0 && (
        <div className="tag-filter" role="group" aria-label="Filter by tag">
          <button type="button" aria-pressed={selectedTags.length === 0} onClick={clearTags}>
            All
          </button>
          {timeline.tags.map((tag) => (
            <button key={tag} type="button" aria-pressed={selectedTags.includes(tag)} onClick={() => toggleTag(tag)}>
              {tag}
            </button>
          ))}
        </div>
      )}
      {!timeline.sourceHasEvents && <p className="panel-note">This source has no events; your own events still show.</p>}
      <StaleNote stale={timeline.stale} />
      {timeline.error && <ErrorState message={`Events could not be loaded: ${timeline.error.message}`} onRetry={timeline.retry} />}
      {timeline.ownSkipped > 0 && (
        <p className="inline-error">
          {timeline.ownSkipped === 1
            ? '1 of your saved events could not be read back and is not shown.'
            : `${timeline.ownSkipped} of your saved events could not be read back and are not shown.`}
        </p>
      )}
      {timeline.loading ? (
        <Skeleton height={120} label="Loading events…" />
      ) : events.length === 0 ? (
        <p className="panel-note">No events in this range{selectedTags.length > 0 ? ' with these tags' : ''}.</p>
      ) : (
        <ul ref={listRef} className="event-list" aria-label="Events">
          {events.map((event) => (
            <EventItem
              key={event.id}
              event={event}
              selected={event.id === selectedEventId}
              onSelect={() => selectEvent(event.id === selectedEventId ? undefined : event.id)}
              onDelete={event.own ? () => void ownEvents.remove(event.id) : undefined}
            />
          ))}
        </ul>
      )}
      <div className="panel-actions">
        <button type="button" onClick={() => setAdding((a) => !a)} aria-expanded={adding}>
          Add event
        </button>
      </div>
      {adding && <OwnEventForm onSave={ownEvents.add} onDone={() => setAdding(false)} />}
    </Panel>
  );
}

interface EventItemProps {
  event: TimelineEvent;
  selected: boolean;
  onSelect: () => void;
  onDelete?: () => void;
}

function EventItem({ event, selected, onSelect, onDelete }: EventItemProps) {
  return (
    <li className={`event-item${selected ? ' is-selected' : ''}`}>
      <button type="button" className="event-select" aria-pressed={selected} onClick={onSelect}>
        <time dateTime={event.date}>{formatDay(event.date)}</time>
        {event.endDate && (
          <>
            {' – '}
            <time dateTime={event.endDate}>{formatDay(event.endDate)}</time>
          </>
        )}
        <span className="event-title">{event.title}</span>
      </button>
      <div className="event-meta">
        {event.own && <span className="own-badge">Yours</span>}
        {event.tags.map((t) => (
          <span key={t} className="tag">
            {t}
          </span>
        ))}
        {safeUrl(event.url) && (
          <a href={event.url} target="_blank" rel="noopener noreferrer">
            {event.source ?? 'Source'}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        )}
        {!safeUrl(event.url) && event.source && <span className="event-source">{event.source}</span>}
        {onDelete && (
          <button type="button" className="link-button" onClick={onDelete} aria-label={`Delete ${event.title}`}>
            Delete
          </button>
        )}
      </div>
      {selected && event.summary && <p className="event-summary">{event.summary}</p>}
    </li>
  );
}
