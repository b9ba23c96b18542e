// Events over a time chart (a child of any Recharts cartesian chart on the shared time
// axis): markers on a lane of their own above the plot (event-lane.tsx, laid out by
// domain/event-markers.ts), and a full-height line (one day) or band (several days) only
// for the event under the pointer or focus and the selected one, so the lines stay readable.
// Hover or focus reports the mark for the chart's tooltip; a click, Enter or Space selects a
// marker's event or opens a cluster's list (event-cluster-list.tsx).
import { useCallback, useId, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { usePlotArea, useXAxisInverseScale, useXAxisScale } from 'recharts';
import { toTime } from '@/domain/dates';
import { labelTexts } from '@/domain/event-labels';
import { eventsForSpan, layoutLane } from '@/domain/event-markers';
import { textWidth } from '@/domain/text-width';
import type { TimelineEvent } from '@/domain/types';
import { CLUSTER_LIST_WIDTH, EventClusterList } from './event-cluster-list';
import { clusterWidth, EventLane, LABEL_FONT_PX, MARKER_RADIUS, type LaneItem } from './event-lane';

const DAY_MS = 86_400_000;
/** Below this plot width labels would crowd the chart: markers only, details on hover or focus. */
const MIN_WIDTH_FOR_LABELS = 480;
/** Marks closer than this (px) cannot be told apart: markers merge, labels keep clear. */
const GAP = 3;

export interface ActiveEvent {
  /** The marker's event, or a cluster's events. */
  events: readonly TimelineEvent[];
  /** Pixel x of the mark's centre within the chart. */
  x: number;
  /** Pixel y of the plot's top, under the lane: where details may cover the chart. */
  y: number;
}

interface EventOverlayProps {
  events: readonly TimelineEvent[];
  selectedId?: string;
  onSelect: (id: string) => void;
  onActive: (active: ActiveEvent | undefined) => void;
}

interface OpenList {
  key: string;
  opener: SVGGElement;
  container: HTMLElement;
  left: number;
  /** The chart's height, px: the list scrolls within it (the chart frame clips what overflows). */
  chartHeight: number;
}

export function EventOverlay({ events, selectedId, onSelect, onActive }: EventOverlayProps) {
  const scale = useXAxisScale();
  const invert = useXAxisInverseScale();
  const plot = usePlotArea();
  const [hoveredId, setHoveredId] = useState<string>();
  const [focusedKey, setFocusedKey] = useState<string>();
  const [open, setOpen] = useState<OpenList>();
  const listId = useId();
  const left = plot?.x;
  const width = plot?.width;

  const items = useMemo((): LaneItem[] => {
    if (!scale || !invert || left === undefined || width === undefined) return [];
    const right = left + width;
    const shown = eventsForSpan(events, Number(invert(right)) - Number(invert(left)), selectedId);
    const texts = labelTexts(shown);
    const lane = shown.flatMap((e) => {
      const x = scale(toTime(e.date));
      if (x === undefined) return [];
      return [
        {
          id: e.id,
          x,
          xEnd: e.endDate ? scale(toTime(e.endDate) + DAY_MS) : undefined,
          labels: texts.get(e.id)!.map((text) => ({ text, width: textWidth(text, LABEL_FONT_PX) })),
          rank: e.id === selectedId ? 0 : e.importance === 'minor' ? 2 : 1,
        },
      ];
    });
    const marks = layoutLane(lane, { left, right, radius: MARKER_RADIUS, gap: GAP, clusterWidth, labelRows: width >= MIN_WIDTH_FOR_LABELS ? 2 : 0 });
    const byId = new Map(shown.map((e) => [e.id, e]));
    return marks.map((mark) => ({ key: mark.ids.join(' '), mark, events: mark.ids.map((id) => byId.get(id)!) }));
  }, [events, selectedId, scale, invert, left, width]);

  const close = useCallback(
    (refocus: boolean) => {
      if (refocus && open?.opener.isConnected) open.opener.focus();
      setOpen(undefined);
      setHoveredId(undefined);
    },
    [open],
  );

  if (!plot || !scale) return null;
  const right = plot.x + plot.width;
  const clamp = (x: number) => Math.max(plot.x, Math.min(right, x));
  const openItem = open && items.find((i) => i.key === open.key);
  // One Tab stop per chart (the mark holding the selected event, else the last one focused,
  // else the first); arrows move between marks, so dozens of events don't each cost a Tab.
  const tabKey =
    items.find((i) => i.events.some((e) => e.id === selectedId))?.key ?? items.find((i) => i.key === focusedKey)?.key ?? items[0]?.key;

  const enter = (item: LaneItem | undefined) => {
    setHoveredId(item?.events.length === 1 ? item.events[0]!.id : undefined);
    // While a cluster's list is open the tooltip would cover it.
    onActive(item && !openItem ? { events: item.events, x: (item.mark.from + item.mark.to) / 2, y: plot.y } : undefined);
  };
  const activate = (item: LaneItem, element: SVGGElement) => {
    if (item.events.length === 1) {
      onSelect(item.events[0]!.id);
      return;
    }
    const container = element.ownerSVGElement?.parentElement;
    if (open?.key === item.key || !container) {
      close(false);
      return;
    }
    const svg = element.ownerSVGElement;
    const chartWidth = Number(svg?.getAttribute('width')) || right;
    const centre = (item.mark.from + item.mark.to) / 2;
    const listLeft = Math.max(0, Math.min(chartWidth - CLUSTER_LIST_WIDTH, centre - CLUSTER_LIST_WIDTH / 2));
    setOpen({ key: item.key, opener: element, container, left: listLeft, chartHeight: Number(svg?.getAttribute('height')) || plot.y + plot.height });
    onActive(undefined);
  };

  // The hovered (or focused) and the selected event get their full-height line or band.
  const marked = [...new Set([hoveredId, selectedId])].flatMap((id) => events.find((e) => e.id === id) ?? []);

  return (
    <g className="event-overlay">
      {marked.map((event) => {
        const x1 = scale(toTime(event.date));
        if (x1 === undefined) return null;
        const className = event.id === selectedId ? ' is-selected' : ' is-hovered';
        if (!event.endDate) {
          const x = clamp(x1);
          return <line key={event.id} data-event-id={event.id} className={`event-line${className}`} x1={x} x2={x} y1={plot.y} y2={plot.y + plot.height} />;
        }
        const from = clamp(x1);
        const to = clamp(scale(toTime(event.endDate) + DAY_MS) ?? right);
        return <rect key={event.id} data-event-id={event.id} className={`event-band${className}`} x={from} y={plot.y} width={Math.max(to - from, 2)} height={plot.height} />;
      })}
      <EventLane
        items={items}
        gap={GAP}
        plot={{ top: plot.y, left: plot.x, right }}
        selectedId={selectedId}
        tabKey={tabKey}
        expanded={openItem ? { key: openItem.key, listId } : undefined}
        onEnter={enter}
        onFocusItem={(item) => {
          setFocusedKey(item.key);
          enter(item);
        }}
        onActivate={activate}
      />
      {open &&
        openItem &&
        createPortal(
          <EventClusterList
            id={listId}
            events={openItem.events}
            selectedId={selectedId}
            left={open.left}
            top={plot.y + 4}
            maxHeight={open.chartHeight - plot.y - 8}
            opener={open.opener}
            onPick={(id) => {
              onSelect(id);
              close(true);
            }}
            onClose={close}
            onHover={setHoveredId}
          />,
          open.container,
        )}
    </g>
  );
}
