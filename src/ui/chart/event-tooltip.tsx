// The details of the event marker (or cluster) under the pointer or keyboard focus, over
// its chart just under the event lane, so the markers beside it stay in view.
import { formatDate } from '@/domain/format';
import { toTime } from '@/domain/dates';
import type { TimelineEvent } from '@/domain/types';
import type { ActiveEvent } from './event-overlay';

const TOOLTIP_WIDTH = 260;
/** A cluster's tooltip names this many events, then says how many more. */
const CLUSTER_LINES = 6;

export function EventTooltip({ active, width }: { active: ActiveEvent; width: number }) {
  const { events, x, y } = active;
  const left = Math.max(0, Math.min(x - TOOLTIP_WIDTH / 2, width - TOOLTIP_WIDTH));
  const event = events[0];
  if (!event) return null;
  return (
    <div className="event-tooltip" role="tooltip" style={{ left, top: y + 4, width: TOOLTIP_WIDTH }}>
      {events.length === 1 ? (
        <>
          <div className="event-tooltip-date">
            <EventDates event={event} />
            {event.own && <span className="own-badge">Yours</span>}
          </div>
          <div className="event-tooltip-title">{event.title}</div>
          {event.tags.length > 0 && (
            <ul className="tag-list" aria-label="Tags">
              {event.tags.map((t) => (
                <li key={t} className="tag">
                  {t}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <>
          <div className="event-tooltip-title">{events.length} events</div>
          <ul className="event-tooltip-list">
            {events.slice(0, CLUSTER_LINES).map((e) => (
              <li key={e.id}>
                <span className="event-tooltip-date">
                  <EventDates event={e} />
                </span>{' '}
                {e.title}
              </li>
            ))}
            {events.length > CLUSTER_LINES && <li className="event-tooltip-date">and {events.length - CLUSTER_LINES} more</li>}
          </ul>
        </>
      )}
    </div>
  );
}

function EventDates({ event }: { event: TimelineEvent }) {
  return (
    <>
      {formatDate(toTime(event.date))}
      {event.endDate && ` – ${formatDate(toTime(event.endDate))}`}
    </>
  );
}
