// A scenario's figures: first load and heap on a fresh page per run; hover and range
// switch repeated on one more page, the way a person works in an open dashboard.
import type { Browser } from 'playwright-core';
import { firstChartMs, heapMb, hoverMs, openBenchPage, pricesReceivedMs, rangeSwitchMs, type PageSetup } from './measure';
import { summarise, type Summary } from './stats';

export interface ScenarioResult {
  pricesReceivedMs: Summary;
  firstChartMs: Summary;
  rangeSwitchMs: Summary;
  hoverMs: Summary;
  heapMb: Summary;
}

export async function runScenario(browser: Browser, setup: PageSetup, runs: number): Promise<ScenarioResult> {
  const pricesReceived: number[] = [];
  const firstChart: number[] = [];
  const heap: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { page, close } = await openBenchPage(browser, setup);
    firstChart.push(await firstChartMs(page));
    pricesReceived.push(await pricesReceivedMs(page));
    heap.push(await heapMb(page));
    await close();
  }

  const { page, close } = await openBenchPage(browser, setup);
  const hover: number[] = [];
  // A different spot each time, so each move lands on another date.
  for (let i = 1; i <= runs; i++) hover.push(await hoverMs(page, i / (runs + 1)));
  await page.evaluate(() => window.__bench!.leaveChart());
  const rangeSwitch: number[] = [];
  for (let i = 0; i < runs; i++) rangeSwitch.push(await rangeSwitchMs(page));
  await close();

  return {
    pricesReceivedMs: summarise(pricesReceived),
    firstChartMs: summarise(firstChart),
    rangeSwitchMs: summarise(rangeSwitch),
    hoverMs: summarise(hover),
    heapMb: summarise(heap),
  };
}

/** Range switch alone, on one page: the growth table's cell for one dataset size. */
export async function runRangeSwitch(browser: Browser, setup: PageSetup, runs: number): Promise<Summary> {
  const { page, close } = await openBenchPage(browser, setup);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await rangeSwitchMs(page));
  await close();
  return summarise(samples);
}
