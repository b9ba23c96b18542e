// One benchmark page and its measurements: a fresh browser context (cold cache, empty
// storage) with the page probe installed, and the figures read from it.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { installProbe } from './page-probe';

export interface PageSetup {
  /** Full address of the dashboard, source and view included. */
  url: string;
  /** Line paths the Performance chart has when complete (one per symbol). */
  lines: number;
  /** Draw every point, without downsampling or memo (the plain path). */
  plain: boolean;
  /** The REST source's base URL, saved in the source settings before the app starts. */
  restBaseUrl?: string;
  /** Runs on the page's DevTools session before it navigates (a profiler started for the load). */
  beforeLoad?: (cdp: CDPSession) => Promise<unknown>;
}

export interface BenchPage {
  page: Page;
  /** DevTools protocol session of the page, with its Performance domain on. */
  cdp: CDPSession;
  close: () => Promise<void>;
}

const VIEWPORT = { width: 1280, height: 900 };
const RANGE_FROM = '1M';
const RANGE_TO = 'MAX';

export async function openBenchPage(browser: Browser, setup: PageSetup): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(installProbe, setup.lines);
  if (setup.plain) await context.addInitScript(() => (window.__TRADEWINDS_PLAIN_CHARTS__ = true));
  if (setup.restBaseUrl) await context.addInitScript(saveRestSource, setup.restBaseUrl);
  const page = await context.newPage();
  const errors = recordErrors(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await setup.beforeLoad?.(cdp);
  await page.goto(setup.url);
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 60_000));
  await Promise.race([page.evaluate(() => window.__bench!.whenFirstChart), timeout]).catch(async () => {
    await assertHealthy(page, errors);
    throw new Error(`${setup.url}: no Performance chart with ${setup.lines} lines within 60 s`);
  });
  return {
    page,
    cdp,
    close: async () => {
      await assertHealthy(page, errors);
      await context.close();
    },
  };
}

export interface Timing {
  ms: number;
  /** CPU time of the page's main thread meanwhile: the page's own cost, however busy the machine. */
  cpuMs: number;
}

/** Navigation to the first painted frame with every line of the Performance chart. */
export async function firstChart({ page, cdp }: BenchPage): Promise<Timing> {
  // A new context has a renderer of its own: its main thread has worked for this page only.
  const cpuMs = (await metric(cdp, 'ThreadTime')) * 1000;
  return { ms: await page.evaluate(() => window.__bench!.firstChart!), cpuMs };
}

/** When the last price answer had arrived (resource timing): what first chart waits for besides rendering. */
export async function pricesReceivedMs({ page }: BenchPage): Promise<number> {
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => {
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    // The contract's /prices, or the demo's prebuilt answers (/demo-api/prices/<SYM>.json).
    return Math.max(...resources.flatMap((r) => (/\/prices(\/|$)/.test(new URL(r.name).pathname) ? [r.responseEnd] : [])));
  });
}

/** Paths of the scripts the page had fetched by `ms` (its own clock): what a load needed by then. */
export function scriptsFetchedBy({ page }: BenchPage, ms: number): Promise<string[]> {
  return page.evaluate((until) => {
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return resources.flatMap((r) => {
      const path = new URL(r.name).pathname;
      return r.responseEnd <= until && path.endsWith('.js') ? [path.replace(/^\//, '')] : [];
    });
  }, ms);
}

/** Used JS heap once the page has loaded everything, after a garbage collection, in MB. */
export async function heapMb({ page, cdp }: BenchPage): Promise<number> {
  await page.waitForLoadState('networkidle');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metric(cdp, 'JSHeapUsedSize')) / 2 ** 20;
}

/** A pointer move at `fraction` of the plot's width, to the painted tooltip. */
export function hoverMs({ page }: BenchPage, fraction: number): Promise<number> {
  return page.evaluate((f) => window.__bench!.timeHover(f), fraction);
}

/** The hover as a person sees it, net of an idle frame (page-probe.ts, timeHoverAsSeen). */
export function hoverPaintedMs({ page }: BenchPage, fraction: number): Promise<number> {
  return page.evaluate((f) => window.__bench!.timeHoverAsSeen(f), fraction);
}

/**
 * From 1M to MAX: the click that draws every bar of the dataset, so the figure grows
 * with the data if anything does. The page is put on 1M first, untimed.
 */
export async function rangeSwitch({ page, cdp }: BenchPage): Promise<Timing> {
  if (!(await page.evaluate((p) => window.__bench!.isRangeShown(p), RANGE_FROM))) {
    await page.evaluate((p) => window.__bench!.timeRangeClick(p), RANGE_FROM);
  }
  // What the untimed switch left for after its frame (the URL's history entry) is not the timed one's.
  await page.evaluate(() => window.__bench!.settle());
  const cpuBefore = await metric(cdp, 'ThreadTime');
  const ms = await page.evaluate((p) => window.__bench!.timeRangeClick(p), RANGE_TO);
  // The CPU time is all the switch's work, what it left for after its frame included.
  await page.evaluate(() => window.__bench!.settle());
  return { ms, cpuMs: ((await metric(cdp, 'ThreadTime')) - cpuBefore) * 1000 };
}

/** A Chromium performance metric of the page; ThreadTime (main-thread CPU) is in seconds. */
async function metric(cdp: CDPSession, name: 'ThreadTime' | 'JSHeapUsedSize'): Promise<number> {
  const value = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value;
  if (value === undefined) throw new Error(`Chromium reported no ${name}`);
  return value;
}

/** Runs in the page: the REST source's address, as the Source settings dialog saves it. */
function saveRestSource(baseUrl: string): void {
  // The blank page a new tab starts on has no storage.
  if (location.protocol === 'http:') localStorage.setItem('tradewinds-sources', JSON.stringify({ state: { rest: { baseUrl } }, version: 1 }));
}

function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Figures from a page with errors would measure the wrong thing: stop the run instead. */
async function assertHealthy(page: Page, errors: readonly string[]): Promise<void> {
  const alerts = await page.getByRole('alert').allInnerTexts();
  const problems = [...errors, ...alerts.map((a) => `on the page: ${a}`)];
  if (problems.length > 0) throw new Error(`${page.url()} showed errors:\n${problems.join('\n')}`);
}
