// The event lane above a chart's plot (drawn in the pane's top margin): a marker per event
// (a dot for one day, a bar from the first day to the last for several), a cluster showing
// a count where markers would touch, and the labels that fit (domain/event-markers.ts).
// Markers and clusters are buttons sharing one Tab stop; arrows, Home and End move between them.
import type { KeyboardEvent } from 'react';
import { clusterName, markerName } from '@/domain/event-labels';
import type { LaneMark } from '@/domain/event-markers';
import type { TimelineEvent } from '@/domain/types';

/** The room the lane takes above the plot: a row of markers and a row of labels under it. */
export const EVENT_LANE_HEIGHT = 36;
export const MARKER_RADIUS = 5;
export const LABEL_FONT_PX = 11;
/** Markers' row, its centre above the plot's top; the row of labels under it, its baseline. */
const MARK_ROW = 24;
const UNDER_ROW = 6;
const BAR_HEIGHT = 8;
const CLUSTER_HEIGHT = 14;
/** A mark's pointer target: its box, half the gap either side (marks are a gap apart, so targets never overlap), this tall. */
const HIT_HEIGHT = 18;
const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i) => i + 1,
  ArrowDown: (i) => i + 1,
  ArrowLeft: (i) => i - 1,
  ArrowUp: (i) => i - 1,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/** A cluster's width for its count: the digits and a little room either side. */
export function clusterWidth(count: number): number {
  return Math.max(CLUSTER_HEIGHT + 2, String(count).length * 7 + 9);
}

/** A mark on the lane with the events it stands for, by x. */
export interface LaneItem {
  /** The events' ids, space-separated (`data-event-id`). */
  key: string;
  mark: LaneMark;
  events: readonly TimelineEvent[];
}

interface EventLaneProps {
  items: readonly LaneItem[];
  /** The least room between marks, px. */
  gap: number;
  /** The plot's top edge, left and right: the lane sits just above. */
  plot: { top: number; left: number; right: number };
  selectedId?: string;
  /** The item that takes Tab. */
  tabKey?: string;
  /** The cluster whose list is open, and the list's element id. */
  expanded?: { key: string; listId: string };
  onEnter: (item: LaneItem | undefined) => void;
  onFocusItem: (item: LaneItem) => void;
  /** A click, Enter or Space: a marker selects its event, a cluster opens its list. */
  onActivate: (item: LaneItem, element: SVGGElement) => void;
}

export function EventLane({ items, gap, plot, selectedId, tabKey, expanded, onEnter, onFocusItem, onActivate }: EventLaneProps) {
  const y = plot.top - MARK_ROW;
  const onKeyDown = (item: LaneItem) => (e: KeyboardEvent<SVGGElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onActivate(item, e.currentTarget);
    } else if (e.key in MOVES) {
      e.preventDefault();
      const markers = [...(e.currentTarget.closest('.event-lane')?.querySelectorAll<SVGGElement>('.event-marker') ?? [])];
      const next = Math.max(0, Math.min(markers.length - 1, MOVES[e.key]!(markers.indexOf(e.currentTarget), markers.length)));
      markers[next]?.focus();
    }
  };

  return (
    <g className="event-lane">
      <line className="event-lane-track" x1={plot.left} x2={plot.right} y1={y} y2={y} />
      {items.map((item) => {
        const { key, mark, events } = item;
        const cluster = events.length > 1;
        const event = events[0]!;
        const selected = events.some((e) => e.id === selectedId);
        const className = [
          'event-marker',
          cluster ? 'event-cluster' : event.importance === 'minor' && 'is-minor',
          selected && 'is-selected',
          !cluster && event.own && 'is-own',
        ]
          .filter(Boolean)
          .join(' ');
        const centre = (mark.from + mark.to) / 2;
        return (
          <g
            key={key}
            className={className}
            data-event-id={key}
            role="button"
            tabIndex={key === tabKey ? 0 : -1}
            aria-label={cluster ? clusterName(events) : markerName(event)}
            {...(cluster
              ? { 'aria-expanded': expanded?.key === key, 'aria-controls': expanded?.key === key ? expanded.listId : undefined }
              : { 'aria-pressed': selected })}
            onMouseEnter={() => onEnter(item)}
            onMouseLeave={() => onEnter(undefined)}
            onFocus={() => onFocusItem(item)}
            onBlur={() => onEnter(undefined)}
            onClick={(e) => onActivate(item, e.currentTarget)}
            onKeyDown={onKeyDown(item)}
          >
            <rect className="event-hit" x={mark.from - gap / 2} y={y - HIT_HEIGHT / 2} width={mark.to - mark.from + gap} height={HIT_HEIGHT} />
            {cluster ? (
              <>
                <rect className="event-mark" x={mark.from} y={y - CLUSTER_HEIGHT / 2} width={mark.to - mark.from} height={CLUSTER_HEIGHT} rx={CLUSTER_HEIGHT / 2} />
                <text className="event-count" x={centre} y={y + 4} textAnchor="middle">
                  {events.length}
                </text>
              </>
            ) : event.endDate ? (
              <rect className="event-mark" x={mark.from} y={y - BAR_HEIGHT / 2} width={mark.to - mark.from} height={BAR_HEIGHT} rx={BAR_HEIGHT / 2} />
            ) : (
              <circle className="event-mark" cx={centre} cy={y} r={MARKER_RADIUS - 0.75} />
            )}
            {mark.label && (
              <text className="event-label" x={mark.label.x} y={mark.label.row === 0 ? y + 4 : plot.top - UNDER_ROW}>
                {mark.label.text}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
