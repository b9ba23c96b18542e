// `npm run bench`: builds the app, serves it and the heavy dataset, measures the demo, the
// heavy dataset (optimised and plain charts) and the range switch as data grows, then
// prints the figures and writes bench/results.json. Method: docs/performance.md.
// Exits non-zero only when it cannot run; missed targets are reported, not failures.
import type { ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tests/e2e/harness';
import { firstLoad, FIRST_LOAD_BUDGET_KB, gzipKb } from '../first-load';
import { HEAVY_SYMBOLS, heavySeries, lastYears, MAX_YEARS } from './heavy-data';
import { heavyBaseUrl, startHeavySource } from './heavy-source';
import type { PageSetup } from './measure';
import { checkTargets, formatReport, ratiosOf, type BenchResults, type FirstLoadResult, type GrowthStep } from './report';
import { runRangeSwitch, runScenario } from './scenario';
import { buildApp, startPreview } from './serve';

// Ports, build folder and results file can be moved, so two benches (two worktrees) can run at once.
const APP_PORT = Number(process.env.BENCH_PORT ?? 4300);
const SOURCE_PORT = Number(process.env.BENCH_SOURCE_PORT ?? APP_PORT + 1);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// A median of 7 switches moved by a fifth between runs of one build (a 5-year switch 20 to
// 25 ms), enough to flip the growth target; switches are quick, so take three times as many.
const SWITCHES = Number(process.env.BENCH_SWITCHES ?? RUNS * 3);
const GROWTH_YEARS = [1, 5, 10, MAX_YEARS];
const OUT_DIR = join(tmpdir(), `tradewinds-bench-dist-${APP_PORT}`);
/** A build made beforehand (e.g. of an earlier commit, for an A/B on the same machine): measured as it is. */
const PREBUILT = process.env.BENCH_DIST;
const RESULTS = process.env.BENCH_RESULTS ?? fileURLToPath(new URL('../../bench/results.json', import.meta.url));

const APP = `http://127.0.0.1:${APP_PORT}`;
const heavyView = (range: string) => `${APP}/?symbols=${HEAVY_SYMBOLS.join(',')}&range=${range}&source=rest`;
const heavySetup = (years: number, range: string, plain: boolean): PageSetup => ({
  url: heavyView(range),
  lines: HEAVY_SYMBOLS.length,
  plain,
  restBaseUrl: heavyBaseUrl(SOURCE_PORT, years),
});

async function measure(browser: Browser): Promise<BenchResults> {
  const loadAtStart = loadavg()[0]!;
  const step = (what: string) => console.log(`- ${what}`);
  step('demo: SPY, QQQ, MCHI, YTD');
  const demo = await runScenario(browser, { url: `${APP}/`, lines: 3, plain: false }, RUNS, SWITCHES);
  step(`heavy: ${HEAVY_SYMBOLS.length} symbols x ${MAX_YEARS} years, MAX`);
  const heavy = await runScenario(browser, heavySetup(MAX_YEARS, 'MAX', false), RUNS, SWITCHES);
  step('heavy, plain charts');
  const heavyPlain = await runScenario(browser, heavySetup(MAX_YEARS, 'MAX', true), RUNS, SWITCHES);

  const oneSymbol = heavySeries()[0]!;
  const growth: GrowthStep[] = [];
  for (const years of GROWTH_YEARS) {
    step(`range switch with ${years} year${years === 1 ? '' : 's'} of data`);
    growth.push({
      years,
      barsPerSymbol: lastYears(oneSymbol, years).bars.length,
      optimised: await runRangeSwitch(browser, heavySetup(years, '1M', false), SWITCHES),
      plain: await runRangeSwitch(browser, heavySetup(years, '1M', true), SWITCHES),
    });
  }

  const results = {
    date: new Date().toISOString(),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      os: `${type()} ${release()}`,
      node: process.version,
      chromium: browser.version(),
      // Other work on the machine slows every figure: the 1-minute load average around the run.
      loadAverage: { start: loadAtStart, end: loadavg()[0]! },
    },
    runs: RUNS,
    switches: SWITCHES,
    scenarios: {
      demo: { description: 'demo source (MSW in the page), SPY, QQQ, MCHI, YTD: the default view', ...demo },
      heavy: { description: `REST source over HTTP, ${HEAVY_SYMBOLS.length} symbols x ${MAX_YEARS} years of daily bars, MAX`, ...heavy },
      heavyPlain: { description: 'the same with window.__TRADEWINDS_PLAIN_CHARTS__ = true (no downsampling, no memo)', ...heavyPlain },
    },
    ratios: ratiosOf(heavy, heavyPlain),
    firstLoad: firstLoadOf(demo.scriptsByFirstChart),
    growth,
  };
  return { ...results, targets: checkTargets(results) };
}

function firstLoadOf(demoScripts: readonly string[]): FirstLoadResult {
  const { upFront, upFrontKb } = firstLoad(OUT_DIR);
  const demoByFirstChart = demoScripts.map((file) => ({ file, gzipKb: gzipKb(join(OUT_DIR, file)) }));
  return {
    upFrontKb,
    budgetKb: FIRST_LOAD_BUDGET_KB,
    upFront,
    demoByFirstChart,
    demoByFirstChartKb: demoByFirstChart.reduce((sum, c) => sum + c.gzipKb, 0),
  };
}

/** Tenths are as precise as these timings get. */
const roundNumbers = (_key: string, value: unknown) => (typeof value === 'number' ? Math.round(value * 10) / 10 : value);

async function main(): Promise<void> {
  const started = Date.now();
  if (!PREBUILT) {
    console.log(`Building into ${OUT_DIR}…`);
    await buildApp(OUT_DIR);
  }
  let preview: ChildProcess | undefined;
  let source: Server | undefined;
  let browser: Browser | undefined;
  try {
    preview = await startPreview(PREBUILT ?? OUT_DIR, APP_PORT);
    source = await startHeavySource(SOURCE_PORT);
    browser = await launchBrowser();
    const results = await measure(browser);
    writeFileSync(RESULTS, `${JSON.stringify(results, roundNumbers, 2)}\n`);
    console.log(`\n${formatReport(results)}\n\nWrote ${RESULTS} in ${Math.round((Date.now() - started) / 1000)} s.`);
  } finally {
    await browser?.close();
    source?.closeAllConnections();
    source?.close();
    preview?.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
