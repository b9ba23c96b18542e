// What is coming after the as-of date (the next 30 days): the talks and deadlines a
// reader of the day would be watching, each with how far off it is, and a way to open it.
import { useId } from 'react';
import { toTime } from '@/domain/dates';
import { formatDay } from '@/domain/format';
import type { IsoDate } from '@/domain/types';
import { AHEAD_DAYS } from '@/queries/timeline-events';
import { usePriceView, useTimelineEvents } from '@/queries/view-data';
import { useViewStore } from '@/stores/view-store';

const DAY_MS = 86_400_000;

export function ComingUp() {
  const headingId = useId();
  const { upcoming, loading } = useTimelineEvents();
  const { asOfDate } = usePriceView();
  // Counted from the day asked for (a weekend too), else from the data's as-of date.
  const asOf = useViewStore((s) => s.to) ?? asOfDate;
  const selectedId = useViewStore((s) => s.event);
  const selectEvent = useViewStore((s) => s.selectEvent);
  // Nothing until the events are in: "no events" before then would not be true.
  if (!asOf || loading) return null;
  return (
    <section className="coming-up" aria-labelledby={headingId}>
      <h2 id={headingId}>Coming up</h2>
      {upcoming.length === 0 ? (
        <p className="panel-note">No events in the {AHEAD_DAYS} days after {formatDay(asOf)}.</p>
      ) : (
        <ul className="coming-up-list" aria-label="Coming up">
          {upcoming.map((event) => (
            <li key={event.id}>
              <button
                type="button"
                className="coming-up-item"
                aria-pressed={event.id === selectedId}
                onClick={() => selectEvent(event.id === selectedId ? undefined : event.id)}
              >
                <span className="coming-up-when">
                  <time dateTime={event.date}>{formatDay(event.date)}</time>
                  {event.endDate && (
                    <>
                      {' – '}
                      <time dateTime={event.endDate}>{formatDay(event.endDate)}</time>
                    </>
                  )}
                  <span className="countdown">{countdown(asOf, event.date)}</span>
                </span>
                <span className="coming-up-title">{event.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "tomorrow", "in 3 days": counted in calendar days from the as-of date. */
export function countdown(from: IsoDate, to: IsoDate): string {
  const days = Math.round((toTime(to) - toTime(from)) / DAY_MS);
  return days === 1 ? 'tomorrow' : `in ${days} days`;
}
