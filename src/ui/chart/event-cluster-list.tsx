// The list a cluster of event markers opens: each event with its dates and title, a button
// that selects it. Focus moves into the list; arrows move within it; Escape closes it and
// returns focus to the cluster, as does choosing an event; a click elsewhere or Tab away closes it.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { toTime } from '@/domain/dates';
import { clusterName } from '@/domain/event-labels';
import { formatDate } from '@/domain/format';
import type { TimelineEvent } from '@/domain/types';

export const CLUSTER_LIST_WIDTH = 260;

interface EventClusterListProps {
  id: string;
  events: readonly TimelineEvent[];
  selectedId?: string;
  /** Position within the chart's wrapper, px. */
  left: number;
  top: number;
  maxHeight: number;
  /** The cluster's element: focus goes back there, and a click on it is not "elsewhere". */
  opener: Element;
  onPick: (id: string) => void;
  /** `refocus`: put focus back on the cluster (Escape, a choice), not when it moved elsewhere. */
  onClose: (refocus: boolean) => void;
  /** The event under the pointer or focus in the list, to mark on the chart. */
  onHover: (id: string | undefined) => void;
}

export function EventClusterList({ id, events, selectedId, left, top, maxHeight, opener, onPick, onClose, onHover }: EventClusterListProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Focus goes to the selected event, else the first, on opening only: later renders must not pull it back.
  const first = useRef(Math.max(0, events.findIndex((e) => e.id === selectedId)));
  useEffect(() => {
    ref.current?.querySelectorAll<HTMLButtonElement>('button')[first.current]?.focus();
  }, []);

  useEffect(() => {
    const onPointerDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!ref.current?.contains(target) && !opener.contains(target)) onClose(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [opener, onClose]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (e.key === 'Escape') onClose(true);
    else if (next !== undefined) buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div
      ref={ref}
      id={id}
      className="event-cluster-list"
      style={{ left, top, maxHeight, width: CLUSTER_LIST_WIDTH }}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        const to = e.relatedTarget as Node | null;
        if (to && !ref.current?.contains(to) && !opener.contains(to)) onClose(false);
      }}
      onMouseLeave={() => onHover(undefined)}
    >
      <ul aria-label={clusterName(events)}>
        {events.map((event) => (
          <li key={event.id}>
            <button
              type="button"
              aria-pressed={event.id === selectedId}
              onClick={() => onPick(event.id)}
              onMouseEnter={() => onHover(event.id)}
              onFocus={() => onHover(event.id)}
            >
              <span className="event-cluster-date">
                {formatDate(toTime(event.date))}
                {event.endDate && ` – ${formatDate(toTime(event.endDate))}`}
              </span>{' '}
              <span className="event-cluster-title">{event.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
