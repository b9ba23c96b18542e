// Browser-test harness: serves the production build with `vite preview` and drives
// Debian's Chromium through playwright-core (never a downloaded browser).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
/** The build to serve; E2E_DIST lets parallel runs each serve their own. */
export const DIST = process.env.E2E_DIST ?? 'dist';

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  throw new Error('No Chromium found: install Debian\'s `chromium` package or set CHROMIUM_PATH.');
}

export async function startPreview(): Promise<ChildProcess> {
  // Node runs vite's own entry, so kill() reaches the server itself, not a wrapper.
  const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
  const child = spawn(process.execPath, [vite, 'preview', '--outDir', DIST, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
  });
  await waitFor(BASE_URL, child);
  return child;
}

/** `npm run api` on its own port: a real HTTP server, another origin than the app. */
export async function startApi(port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
  const script = fileURLToPath(new URL('../../scripts/api-server.ts', import.meta.url));
  const child = spawn(process.execPath, [tsx, script], { stdio: 'ignore', env: { ...process.env, PORT: String(port), ...env } });
  await waitFor(`http://127.0.0.1:${port}/api/v1/nope`, child);
  return child;
}

/** `npm run server` on its own port, with `env` (providers pointed at fakes, a database file). */
export async function startServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
  const script = fileURLToPath(new URL('../../server/main.ts', import.meta.url));
  const tsconfig = fileURLToPath(new URL('../../tsconfig.server.json', import.meta.url));
  // As `npm run server` runs it: the server's tsconfig maps the app's @/ imports.
  const child = spawn(process.execPath, [tsx, '--tsconfig', tsconfig, script], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), TRADEWINDS_DIST: DIST, ...env },
  });
  await waitFor(`http://127.0.0.1:${port}/api/v1/health`, child);
  return child;
}

/** Resolves once `url` answers at all (any status); fails if the process exits or 30 s pass. */
async function waitFor(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server for ${url} exited with ${child.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  child.kill();
  throw new Error(`${url} did not answer within 30 s`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A page that records every console error, CSP violation and uncaught exception, for a no-errors check. */
export async function openPage(browser: Browser, path: string, viewport = { width: 1280, height: 900 }) {
  // Dates are written in the reader's language: the tests read English.
  const context = await browser.newContext({ viewport, locale: 'en-US' });
  // Chromium logs some CSP refusals (a caught eval) nowhere: make each one a console error.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.effectiveDirective} refused ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    ),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  // A path is on the preview; a whole address (the server's own) is taken as it is.
  await page.goto(/^https?:/.test(path) ? path : `${BASE_URL}${path}`);
  return { page, errors, close: () => context.close() };
}

/**
 * Waits until the demo's service worker controls the page, before a test reloads it. The
 * worker starts after the first view; a reload before it has taken the page gives a page
 * it does not control, which MSW reloads once more, under the test's feet.
 */
export async function demoWorkerInControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The text of each row of the Returns table, keyed by its Symbol cell. */
export async function returnsBySymbol(page: Page): Promise<Record<string, string>> {
  const table = page.getByRole('table', { name: 'Returns' });
  const headers = await table.getByRole('columnheader').allInnerTexts();
  const returnColumn = headers.findIndex((h) => h.trim().startsWith('Return'));
  const rows = await table.locator('tbody tr').all();
  const result: Record<string, string> = {};
  for (const row of rows) {
    const cells = await row.getByRole('cell').allInnerTexts();
    const symbol = cells[0]?.trim();
    if (symbol) result[symbol] = (cells[returnColumn] ?? '').trim();
  }
  return result;
}

/**
 * For a test file: serves the build (and `npm run api` on `apiPort` when given) and
 * launches Chromium before its tests, and stops them all after.
 */
export function browserForTests(options: { apiPort?: number; apiEnv?: Record<string, string> } = {}): () => Browser {
  const children: ChildProcess[] = [];
  let browser: Browser | undefined;
  before(async () => {
    const { apiPort, apiEnv } = options;
    children.push(...(await Promise.all([startPreview(), ...(apiPort ? [startApi(apiPort, apiEnv)] : [])])));
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    for (const child of children) child.kill();
  });
  return () => {
    if (!browser) throw new Error('the browser is not up: call the getter inside a test');
    return browser;
  };
}
