// The chart kit on its own: what it draws from a chart's rows, what its cursor and table
// say, on the dates axis and on an axis of steps.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toTime } from '@/domain/dates';
import { TimeChart, type PaneSpec, type StepAxis } from '@/ui/chart/time-chart';

interface Row {
  time: number;
  a?: number;
  b?: number;
}

const DATES = ['2025-07-21', '2025-07-22', '2025-07-23', '2025-07-24', '2025-07-25'];
// B has no value on the 23rd: its line joins across the day, its table cell is blank.
const rows: Row[] = DATES.map((date, i) => ({ time: toTime(date), a: i, ...(i === 2 ? {} : { b: 10 - i }) }));
const panes: PaneSpec<Row>[] = [
  {
    label: 'A and B over time',
    height: 200,
    marks: 'lines',
    series: [
      { name: 'A', styleIndex: 0, value: (row) => row.a },
      { name: 'B', styleIndex: 1, value: (row) => row.b },
    ],
    slider: 'Date on the test chart',
  },
];
const cells = (row: Row, name: string) => {
  const value = name === 'A' ? row.a : row.b;
  return value === undefined ? undefined : [value.toFixed(1)];
};

function vertices(path: Element): number {
  return (path.getAttribute('d') ?? '').split(/[ML]/).filter(Boolean).length;
}

describe('TimeChart', () => {
  it('draws a line per series from the rows that have its value, joined across the others', () => {
    const { container } = render(<TimeChart id="test" rows={rows} panes={panes} cells={cells} table={{ name: 'Test by date', headings: (s) => [s] }} />);
    const a = container.querySelector('path[data-series="A"]')!;
    const b = container.querySelector('path[data-series="B"]')!;
    expect(vertices(a)).toBe(5);
    expect(vertices(b)).toBe(4);
    expect(b.getAttribute('d')!.match(/M/g)).toHaveLength(1);
    expect(screen.getByRole('group', { name: 'A and B over time' })).toBeVisible();
  });

  it('is a slider over the rows that says the date and each figure, and a table of every row', async () => {
    const user = userEvent.setup();
    render(<TimeChart id="test" rows={rows} panes={panes} cells={cells} table={{ name: 'Test by date', headings: (s) => [`${s} value`], reversed: true }} />);
    const slider = screen.getByRole('slider', { name: 'Date on the test chart' });
    act(() => slider.focus());
    await user.keyboard('{Home}{ArrowRight}{ArrowRight}');
    // The 23rd: B has no figure there, so the slider names A's only.
    expect(slider).toHaveAttribute('aria-valuetext', 'Jul 23, 2025, A 2.0');
    expect(document.querySelector('.chart-tooltip')).toHaveTextContent('Jul 23, 2025A2.0');

    await user.click(screen.getByRole('button', { name: 'View as table' }));
    const table = screen.getByRole('table', { name: 'Test by date' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Date', 'A value', 'B value']);
    const body = within(table).getAllByRole('row').slice(1).map((r) => [...r.children].map((c) => c.textContent));
    expect(body[0]).toEqual(['Jul 25, 2025', '4.0', '6.0']);
    expect(body[2]).toEqual(['Jul 23, 2025', '2.0', '–']);
  });

  it('counts steps on an axis of its own, named in the tooltip and the table', async () => {
    const user = userEvent.setup();
    const steps: StepAxis = { name: 'Day', domain: [-2, 2], ticks: [-2, 0, 2], format: (x) => (x > 0 ? `+${x}` : String(x)) };
    const stepRows: Row[] = [-2, -1, 0, 1, 2].map((x) => ({ time: x, a: x * 2 }));
    render(
      <TimeChart
        id="steps"
        rows={stepRows}
        steps={steps}
        panes={[{ ...panes[0]!, slider: 'Day on the test chart' }]}
        cells={cells}
        table={{ name: 'Test by day', headings: (s) => [s] }}
      />,
    );
    const slider = screen.getByRole('slider', { name: 'Day on the test chart' });
    act(() => slider.focus());
    await user.keyboard('{End}');
    expect(slider).toHaveAttribute('aria-valuetext', 'Day +2, A 4.0');
    await user.click(screen.getByRole('button', { name: 'View as table' }));
    const firstColumn = within(screen.getByRole('table', { name: 'Test by day' })).getAllByRole('rowheader').map((h) => h.textContent);
    expect(firstColumn).toEqual(['-2', '-1', '0', '+1', '+2']);
  });

  it("moves its cursor on a layer of its own, changing nothing in the chart's drawing but the slider's state", async () => {
    const user = userEvent.setup();
    const { container } = render(<TimeChart id="layer" rows={rows} panes={panes} cells={cells} table={{ name: 'Layer by date', headings: (s) => [s] }} />);
    const surface = container.querySelector('svg.recharts-surface')!;
    const slider = screen.getByRole('slider', { name: 'Date on the test chart' });
    const changed = new Set<string>();
    const observer = new MutationObserver((records) =>
      records.forEach((r) => changed.add(r.type === 'attributes' ? `${(r.target as Element).getAttribute('class')} ${r.attributeName}` : r.type)),
    );
    observer.observe(surface, { subtree: true, childList: true, attributes: true, characterData: true });
    act(() => slider.focus());
    await user.keyboard('{Home}{ArrowRight}');
    observer.disconnect();

    // The line and one dot per series at the 22nd, drawn over the chart in the chart's coordinates.
    const layer = container.querySelector('svg.chart-cursor-layer')!;
    expect(layer.querySelectorAll('.chart-cursor-line')).toHaveLength(1);
    expect(layer.querySelectorAll('.chart-cursor-dot')).toHaveLength(2);
    expect(surface.querySelector('.chart-cursor-line')).toBeNull();
    expect([...changed].every((c) => c.startsWith('chart-cursor-target aria-value'))).toBe(true);
  });
});

describe('the plain path (npm run bench measures against it)', () => {
  afterEach(() => {
    delete (globalThis as { __TRADEWINDS_PLAIN_CHARTS__?: boolean }).__TRADEWINDS_PLAIN_CHARTS__;
    vi.resetModules();
  });

  it("draws Recharts' own lines over every row instead of the kit's paths", async () => {
    (globalThis as { __TRADEWINDS_PLAIN_CHARTS__?: boolean }).__TRADEWINDS_PLAIN_CHARTS__ = true;
    vi.resetModules();
    const plain = await import('@/ui/chart/time-chart');
    const { container } = render(<plain.TimeChart id="plain" rows={rows} panes={panes} cells={cells} table={{ name: 'Plain by date', headings: (s) => [s] }} />);
    // Recharts' <Line> is loaded for this path only.
    await waitFor(() => expect(container.querySelectorAll('.recharts-line')).toHaveLength(2));
    expect(container.querySelector('path[data-series]')).toBeNull();
  });
});
