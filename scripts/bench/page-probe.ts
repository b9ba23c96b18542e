// The stopwatch inside the page: installed before the app loads (context.addInitScript),
// it times everything with the page's own clock (performance.now(), zero at navigation)
// and counts a change as done once the frame showing it has painted.
//
// This function is serialised into the page, so it may use nothing from outside and must
// keep every helper an object method: tsx (esbuild keepNames) wraps named function and
// arrow constants in a `__name` helper that the page does not have.

export interface BenchProbe {
  /** performance.now() once the Performance chart's lines have painted; undefined before. */
  firstChart?: number;
  /**
   * Resolves with firstChart. Awaited with one evaluate: polling with waitForFunction makes
   * Playwright compile its injected script in the page, tens of ms of main thread during the load.
   */
  whenFirstChart: Promise<number>;
  /** Milliseconds from clicking a range preset to the painted frame showing the new range. */
  timeRangeClick(preset: string): Promise<number>;
  /** Milliseconds from a pointer move at `fraction` of the plot's width to the painted frame with the new tooltip. */
  timeHover(fraction: number): Promise<number>;
  /**
   * The same hover as a person's pointer makes it: pointermove and mousemove on whatever is
   * under the point, timed to the end of the frame after the one showing the new tooltip
   * (Chromium starts it once that frame is rasterised), minus the same wait with no hover.
   */
  timeHoverAsSeen(fraction: number): Promise<number>;
  /** The pointer leaves the plot (towards the range buttons): the tooltip goes away. */
  leaveChart(): void;
  /** Whether the range preset's button is the pressed one. */
  isRangeShown(preset: string): boolean;
  /** Resolves once the page has nothing left to do (what an earlier step deferred is done). */
  settle(): Promise<void>;
}

declare global {
  interface Window {
    __bench?: BenchProbe;
    __TRADEWINDS_PLAIN_CHARTS__?: boolean;
  }
}

/** `lines`: how many line paths the Performance chart has once it is complete. */
export function installProbe(lines: number): void {
  const page = {
    chart(): SVGSVGElement | null {
      return document.querySelector('svg[role="group"][aria-label^="Returns of"]');
    },
    linePaths(): NodeListOf<SVGPathElement> | [] {
      return page.chart()?.querySelectorAll('path[data-series][d]:not([d=""]), path.recharts-line-curve[name][d]:not([d=""])') ?? [];
    },
    /** What a range switch changes: the date labels and the drawn lines. */
    chartSignature(): string {
      const ticks = [...(page.chart()?.querySelectorAll('.recharts-xAxis-tick-labels text') ?? [])].map((t) => t.textContent);
      const paths = [...page.linePaths()].map((p) => p.getAttribute('d')?.length);
      return `${ticks.join('|')}#${paths.join(',')}`;
    },
    tooltipText(): string | undefined {
      const tooltip = page.chart()?.closest('section')?.querySelector<HTMLElement>('.chart-tooltip');
      return tooltip?.checkVisibility() ? (tooltip.textContent ?? '') : undefined;
    },
    nextFrame(): Promise<void> {
      return new Promise((resolve) => requestAnimationFrame(() => resolve()));
    },
    /** Resolves in the first task after the current frame has painted. */
    afterPaint(): Promise<void> {
      return new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
    },
    watchFirstChart(probe: BenchProbe, done: { resolve?: (ms: number) => void }): void {
      if (page.linePaths().length < lines) requestAnimationFrame(() => page.watchFirstChart(probe, done));
      else
        void page.afterPaint().then(() => {
          probe.firstChart = performance.now();
          done.resolve?.(probe.firstChart);
        });
    },
    /**
     * Starts `act` at the beginning of a frame (where Chromium delivers pointer moves), then
     * checks before each paint whether `done` holds; returns the time to the end of that paint.
     */
    async timeUntilPainted(act: () => void, done: () => boolean): Promise<number> {
      await page.nextFrame();
      const start = performance.now();
      act();
      // React renders discrete and store updates in a microtask queued by `act`: let it run.
      await null;
      while (!done()) {
        if (performance.now() - start > 30_000) throw new Error('the chart did not change within 30 s');
        await page.nextFrame();
      }
      await page.afterPaint();
      return performance.now() - start;
    },
    /**
     * Starts `act` at the beginning of a frame, waits for the frame in which `done` holds,
     * then for the end of the frame after it: Chromium begins that one only when the changed
     * frame is rasterised, work the main thread's own clock does not see.
     */
    async timeUntilNextFrame(act: () => void, done: () => boolean, what: string): Promise<number> {
      await page.nextFrame();
      const start = performance.now();
      act();
      await null;
      while (!done()) {
        if (performance.now() - start > 30_000) throw new Error(`${what} did not change within 30 s`);
        await page.nextFrame();
      }
      await page.nextFrame();
      await page.afterPaint();
      return performance.now() - start;
    },
  };

  const firstChartDone: { resolve?: (ms: number) => void } = {};
  const probe: BenchProbe = {
    whenFirstChart: new Promise<number>((resolve) => (firstChartDone.resolve = resolve)),
    timeRangeClick(preset) {
      const button = [...document.querySelectorAll<HTMLButtonElement>('[role="group"][aria-label="Range"] button')].find((b) => b.textContent === preset);
      if (!button) throw new Error(`no range button ${preset}`);
      const before = page.chartSignature();
      return page.timeUntilPainted(
        () => button.click(),
        () => page.chartSignature() !== before,
      );
    },
    timeHover(fraction) {
      const target = page.chart()?.querySelector('rect.chart-cursor-target');
      if (!target) throw new Error('the Performance chart has no plot to hover');
      const box = target.getBoundingClientRect();
      const point = { clientX: box.left + fraction * box.width, clientY: box.top + box.height / 2 };
      const before = page.tooltipText();
      return page.timeUntilPainted(
        () => target.dispatchEvent(new PointerEvent('pointermove', { ...point, bubbles: true, pointerType: 'mouse', isPrimary: true })),
        () => {
          const text = page.tooltipText();
          return text !== undefined && text !== before;
        },
      );
    },
    async timeHoverAsSeen(fraction) {
      const target = page.chart()?.querySelector('rect.chart-cursor-target');
      if (!target) throw new Error('the Performance chart has no plot to hover');
      // A person hovers what is on screen: only that is rasterised.
      target.scrollIntoView({ block: 'nearest' });
      const box = target.getBoundingClientRect();
      const point = { clientX: box.left + fraction * box.width, clientY: box.top + box.height / 2, bubbles: true };
      const under = document.elementFromPoint(point.clientX, point.clientY);
      if (!under) throw new Error('nothing under the plot');
      const before = page.tooltipText();
      const idle = await page.timeUntilNextFrame(
        () => undefined,
        () => true,
        'nothing',
      );
      const hover = await page.timeUntilNextFrame(
        () => {
          // What a mouse sends, in the order Chromium sends it.
          under.dispatchEvent(new PointerEvent('pointermove', { ...point, pointerType: 'mouse', isPrimary: true }));
          under.dispatchEvent(new MouseEvent('mousemove', point));
        },
        () => {
          const text = page.tooltipText();
          return text !== undefined && text !== before;
        },
        `the tooltip (the pointer was over ${under.tagName}.${under.getAttribute('class')})`,
      );
      return hover - idle;
    },
    leaveChart() {
      page.chart()?.querySelector('rect.chart-cursor-target')?.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, relatedTarget: document.body }));
    },
    async settle() {
      await page.nextFrame();
      await page.nextFrame();
      await new Promise((resolve) => requestIdleCallback(() => resolve(undefined), { timeout: 1000 }));
    },
    isRangeShown(preset) {
      return document.querySelector(`[role="group"][aria-label="Range"] button[aria-pressed="true"]`)?.textContent === preset;
    },
  };
  window.__bench = probe;

  // First chart: checked before every paint from the start of navigation.
  requestAnimationFrame(() => page.watchFirstChart(probe, firstChartDone));
}
