// The details of the event under the pointer or keyboard focus, over its chart.
import { formatDate } from '@/domain/format';
import { toTime } from '@/domain/dates';
import type { ActiveEvent } from './event-overlay';

const TOOLTIP_WIDTH = 260;

export function EventTooltip({ active, width }: { active: ActiveEvent; width: number }) {
  const { event, x } = active;
  const left = Math.max(0, Math.min(x - TOOLTIP_WIDTH / 2, width - TOOLTIP_WIDTH));
  return (
    <div className="event-tooltip" role="tooltip" style={{ left, width: TOOLTIP_WIDTH }}>
      <div className="event-tooltip-date">
        {formatDate(toTime(event.date))}
        {event.endDate && ` – ${formatDate(toTime(event.endDate))}`}
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
    </div>
  );
}
