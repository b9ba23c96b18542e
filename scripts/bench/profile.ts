// `npx tsx scripts/bench/profile.ts [switch|hover|load]`: where the page's main thread spends
// a range switch (1M to MAX) or a hover of the heavy view, or the demo's load to its first chart, from Chromium's CPU profiler
// (DevTools `Profiler`) on an unminified build, so functions keep their names. Prints the
// functions with the most self and total time per interaction, and writes the profiles
// (open them in DevTools' Performance panel). Method: docs/performance.md.
// PROFILE_RUNS (default 5) interactions; PROFILE_YEARS (default 25) of data; PROFILE_PORT
// (default 4320) and the port after it.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, CDPSession } from 'playwright-core';
import { launchBrowser } from '../../tests/e2e/harness';
import { HEAVY_SYMBOLS, MAX_YEARS } from './heavy-data';
import { heavyBaseUrl, startHeavySource } from './heavy-source';
import { hoverPaintedMs, openBenchPage, rangeSwitch, type BenchPage } from './measure';
import { buildApp, startPreview } from './serve';

const what = (['hover', 'load'] as const).find((w) => w === process.argv[2]) ?? 'switch';
const RUNS = Number(process.env.PROFILE_RUNS ?? 5);
const YEARS = Number(process.env.PROFILE_YEARS ?? MAX_YEARS);
const PORT = Number(process.env.PROFILE_PORT ?? 4320);
const OUT_DIR = join(tmpdir(), `tradewinds-profile-dist-${PORT}`);

/** What Profiler.stop returns (DevTools protocol), as far as this script reads it. */
interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

const SAMPLE_US = 100;
const MAX_SAMPLE_US = 4 * SAMPLE_US;

async function startProfiler(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
  await cdp.send('Profiler.start');
}

async function profiled(page: BenchPage, act: () => Promise<unknown>): Promise<Profile> {
  await startProfiler(page.cdp);
  await act();
  return (await page.cdp.send('Profiler.stop')).profile as Profile;
}

/** Range switches or hovers of the heavy view, one page. */
async function profiledInteractions(browser: Browser): Promise<Profile[]> {
  const range = what === 'switch' ? '1M' : 'MAX';
  const page = await openBenchPage(browser, {
    url: `http://127.0.0.1:${PORT}/?symbols=${HEAVY_SYMBOLS.join(',')}&range=${range}&source=rest`,
    lines: HEAVY_SYMBOLS.length,
    plain: process.env.PROFILE_PLAIN === '1',
    restBaseUrl: heavyBaseUrl(PORT + 1, YEARS),
  });
  const profiles: Profile[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (what === 'switch') {
      // Back to 1M outside the profile: only the switch to MAX is profiled.
      if (!(await page.page.evaluate(() => window.__bench!.isRangeShown('1M')))) await page.page.evaluate(() => window.__bench!.timeRangeClick('1M'));
      profiles.push(await profiled(page, () => rangeSwitch(page)));
    } else {
      profiles.push(await profiled(page, () => hoverPaintedMs(page, (i + 1) / (RUNS + 1))));
    }
  }
  await page.close();
  return profiles;
}

/** The demo's load, from before navigation to its first chart, in a fresh context each run. */
async function profiledLoads(browser: Browser, port: number): Promise<Profile[]> {
  const profiles: Profile[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await openBenchPage(browser, { url: `http://127.0.0.1:${port}/`, lines: 3, plain: false, beforeLoad: startProfiler });
    const firstChart = await page.page.evaluate(() => window.__bench!.firstChart!);
    profiles.push((await page.cdp.send('Profiler.stop')).profile as Profile);
    console.log(`load ${i + 1}: first chart at ${firstChart.toFixed(0)} ms (profiled, so slower than the bench's)`);
    await page.close();
  }
  return profiles;
}

/** Self and total milliseconds per function (name, file, line) over the profiles. */
function summarise(profiles: readonly Profile[]) {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const key = (id: number) => {
      const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
      return `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    };
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    samples.forEach((id, i) => {
      // A sample long after the last one means the thread was not running (another process
      // had the core): count it as one interval, not as the wait, which is no work of its function.
      const ms = Math.min(deltas[i + 1] ?? 0, MAX_SAMPLE_US) / 1000;
      self.set(key(id), (self.get(key(id)) ?? 0) + ms);
      // A recursive function counts once per sample.
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(key(at));
      for (const k of seen) total.set(k, (total.get(k) ?? 0) + ms);
    });
  }
  const top = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, ms]) => `${(ms / profiles.length).toFixed(1).padStart(7)}  ${k}`);
  return { self: top(self), total: top(total) };
}

async function main(): Promise<void> {
  await buildApp(OUT_DIR, { minify: false });
  const preview = await startPreview(OUT_DIR, PORT);
  const source = await startHeavySource(PORT + 1);
  const browser = await launchBrowser();
  try {
    const profiles = what === 'load' ? await profiledLoads(browser, PORT) : await profiledInteractions(browser);
    profiles.forEach((p, i) => writeFileSync(join(tmpdir(), `tradewinds-${what}-${i}.cpuprofile`), JSON.stringify(p)));
    const { self, total } = summarise(profiles);
    console.log(`Per ${what}, ms (mean of ${RUNS}); profiles in ${tmpdir()}/tradewinds-${what}-*.cpuprofile\n\nSelf:\n${self.join('\n')}\n\nTotal:\n${total.join('\n')}`);
  } finally {
    await browser.close();
    source.closeAllConnections();
    source.close();
    preview.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
