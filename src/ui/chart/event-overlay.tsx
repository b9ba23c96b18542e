// Events drawn over a time chart (a child of any Recharts cartesian chart on the shared
// time axis): a line for a one-day event, a band for a multi-day one, and a marker with
// a label placed so labels never overlap. Markers are focusable; hover or focus reports
// the event so the chart can show its details, Enter or a click selects it.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { usePlotArea, useXAxisScale } from 'recharts';
import { toTime } from '@/domain/dates';
import { assignLanes } from '@/domain/label-lanes';
import type { TimelineEvent } from '@/domain/types';

const DAY_MS = 86_400_000;
const LANE_HEIGHT = 15;
const MAX_LABEL_LANES = 3;
/** Below this plot width labels would crowd the chart: markers only, details on hover or focus. */
const MIN_WIDTH_FOR_LABELS = 480;
const LABEL_CHARS = 16;
const ARROW_STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
/** A rough glyph width for 11px text: enough to keep labels apart without measuring the DOM. */
const CHAR_WIDTH = 6.2;

export interface ActiveEvent {
  event: TimelineEvent;
  /** Pixel x of the event's start within the chart. */
  x: number;
}

interface EventOverlayProps {
  events: readonly TimelineEvent[];
  selectedId?: string;
  onSelect: (id: string) => void;
  onActive: (active: ActiveEvent | undefined) => void;
}

export function EventOverlay({ events, selectedId, onSelect, onActive }: EventOverlayProps) {
  const scale = useXAxisScale();
  const [focusedId, setFocusedId] = useState<string>();
  const plot = usePlotArea();

  const placed = useMemo(() => {
    if (!scale || !plot) return [];
    const right = plot.x + plot.width;
    const items = events.flatMap((event) => {
      const x1 = scale(toTime(event.date));
      // A band covers its last day too: it ends where the day after begins.
      const x2 = event.endDate ? scale(toTime(event.endDate) + DAY_MS) : undefined;
      if (x1 === undefined || x1 > right || (x2 ?? x1) < plot.x) return [];
      const label = shortLabel(event.title);
      return [{ event, x1: Math.max(x1, plot.x), x2: x2 === undefined ? undefined : Math.min(x2, right), label }];
    });
    const lanes = assignLanes(
      items.map((i) => ({ id: i.event.id, x: i.x1, width: i.label.length * CHAR_WIDTH + 10 })),
      4,
      100,
    );
    return items.map((i) => ({ ...i, lane: lanes.get(i.event.id) ?? 0 }));
  }, [events, scale, plot]);

  if (!plot) return null;
  const bottom = plot.y + plot.height;
  const labelled = plot.width >= MIN_WIDTH_FOR_LABELS;
  // One Tab stop per chart (the selected marker, else the last one focused, else the first);
  // arrows move between markers, so dozens of events don't each cost a Tab.
  const tabStop = [selectedId, focusedId].find((id) => id !== undefined && placed.some((p) => p.event.id === id)) ?? placed[0]?.event.id;

  return (
    <g className="event-overlay">
      {placed.map(({ event, x1, x2, label, lane }) => {
        const selected = event.id === selectedId;
        const markerY = plot.y + 6 + Math.min(lane, MAX_LABEL_LANES - 1) * LANE_HEIGHT;
        const activate = () => onActive({ event, x: x1 });
        const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onSelect(event.id);
          } else if (e.key in ARROW_STEPS) {
            e.preventDefault();
            const markers = [...(e.currentTarget.closest('.event-overlay')?.querySelectorAll<SVGGElement>('.event-marker') ?? [])];
            const next = markers[markers.indexOf(e.currentTarget) + ARROW_STEPS[e.key]!];
            next?.focus();
          }
        };
        return (
          <g key={event.id} className={`event${selected ? ' is-selected' : ''}${event.own ? ' is-own' : ''}`}>
            {x2 === undefined ? (
              <line data-event-id={event.id} className="event-line" x1={x1} x2={x1} y1={plot.y} y2={bottom} />
            ) : (
              <rect data-event-id={event.id} className="event-band" x={x1} y={plot.y} width={Math.max(x2 - x1, 2)} height={plot.height} />
            )}
            <g
              className="event-marker"
              role="button"
              tabIndex={event.id === tabStop ? 0 : -1}
              aria-label={`${event.date}${event.endDate ? ` to ${event.endDate}` : ''}: ${event.title}`}
              aria-pressed={selected}
              onMouseEnter={activate}
              onMouseLeave={() => onActive(undefined)}
              onFocus={() => {
                setFocusedId(event.id);
                activate();
              }}
              onBlur={() => onActive(undefined)}
              onClick={() => onSelect(event.id)}
              onKeyDown={onKeyDown}
            >
              <circle cx={x1} cy={markerY} r={4.5} />
              {labelled && lane < MAX_LABEL_LANES && (
                <text x={x1 + 7} y={markerY + 4} className="event-label">
                  {label}
                </text>
              )}
            </g>
          </g>
        );
      })}
    </g>
  );
}

/**
 * Whole words only, so every word the label shows is in the marker's accessible name
 * (WCAG 2.5.3, label in name: a speech user says what they see).
 */
function shortLabel(title: string): string {
  if (title.length <= LABEL_CHARS) return title;
  const cut = title.slice(0, LABEL_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > 0 ? cut.slice(0, lastSpace) : title.split(' ')[0]!;
  return `${words.replace(/[\s,;:–-]+$/, '')}…`;
}
