// A scenario's figures: first load and heap on a fresh page per run; hover and range
// switch repeated on one more page, the way a person works in an open dashboard.
import type { Browser } from 'playwright-core';
import { firstChart, heapMb, hoverMs, hoverPaintedMs, openBenchPage, pricesReceivedMs, rangeSwitch, scriptsFetchedBy, type BenchPage, type PageSetup, type Timing } from './measure';
import { summarise, type Summary } from './stats';

export interface ScenarioResult {
  pricesReceivedMs: Summary;
  firstChartMs: Summary;
  firstChartCpuMs: Summary;
  rangeSwitchMs: Summary;
  rangeSwitchCpuMs: Summary;
  hoverMs: Summary;
  /** The hover as a person sees it: to the frame after the one with the tooltip, net of an idle frame. */
  hoverPaintedMs: Summary;
  heapMb: Summary;
  /** The scripts the last fresh page had fetched by its first chart (paths in the build). */
  scriptsByFirstChart: string[];
}

export interface TimingResult {
  ms: Summary;
  cpuMs: Summary;
}

/** `runs` fresh pages (loads) and hovers; `switches` range switches (each a few ms, so more of them keep the median steady). */
export async function runScenario(browser: Browser, setup: PageSetup, runs: number, switches: number): Promise<ScenarioResult> {
  const pricesReceived: number[] = [];
  const loads: Timing[] = [];
  const heap: number[] = [];
  let scripts: string[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await openBenchPage(browser, setup);
    const load = await firstChart(page);
    loads.push(load);
    scripts = await scriptsFetchedBy(page, load.ms);
    pricesReceived.push(await pricesReceivedMs(page));
    heap.push(await heapMb(page));
    await page.close();
  }

  const page = await openBenchPage(browser, setup);
  const hover: number[] = [];
  // A different spot each time, so each move lands on another date.
  for (let i = 1; i <= runs; i++) hover.push(await hoverMs(page, i / (runs + 1)));
  // The same spots, for the two methods to compare.
  const hoverPainted: number[] = [];
  for (let i = 1; i <= runs; i++) hoverPainted.push(await hoverPaintedMs(page, i / (runs + 1)));
  await page.page.evaluate(() => window.__bench!.leaveChart());
  const switched = await repeatRangeSwitch(page, switches);
  await page.close();
  const firstCharts = summariseTimings(loads);

  return {
    pricesReceivedMs: summarise(pricesReceived),
    firstChartMs: firstCharts.ms,
    firstChartCpuMs: firstCharts.cpuMs,
    rangeSwitchMs: switched.ms,
    rangeSwitchCpuMs: switched.cpuMs,
    hoverMs: summarise(hover),
    hoverPaintedMs: summarise(hoverPainted),
    heapMb: summarise(heap),
    scriptsByFirstChart: scripts,
  };
}

/** Range switch alone, on one page: the growth table's cell for one dataset size. */
export async function runRangeSwitch(browser: Browser, setup: PageSetup, switches: number): Promise<TimingResult> {
  const page = await openBenchPage(browser, setup);
  const result = await repeatRangeSwitch(page, switches);
  await page.close();
  return result;
}

async function repeatRangeSwitch(page: BenchPage, switches: number): Promise<TimingResult> {
  const samples: Timing[] = [];
  for (let i = 0; i < switches; i++) samples.push(await rangeSwitch(page));
  return summariseTimings(samples);
}

function summariseTimings(samples: readonly Timing[]): TimingResult {
  return { ms: summarise(samples.map((s) => s.ms)), cpuMs: summarise(samples.map((s) => s.cpuMs)) };
}
