// Themes, motion and layout in real Chromium: the Theme control overrides the system's
// colour scheme (page, form controls and charts), is applied before the first render
// after a reload, every Tab stop shows a ring in the theme's focus colour, reduced
// motion stops the loading shimmer, and the page never scrolls sideways from a 360 px
// phone to a 1920 px screen.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { browserForTests, demoWorkerInControl, openPage } from './harness';

const browser = browserForTests();
const LINK = '/?symbols=SPY,QQQ,MCHI&range=YTD&to=2025-08-29';
const WITH_EVENT = `${LINK}&event=2025-07-stockholm-talks`;
// From styles.css: --bg and --series-1 of each theme.
const LIGHT_BG = 'rgb(246, 247, 249)';
const DARK_BG = 'rgb(15, 19, 23)';
const DARK_SERIES_1 = 'rgb(108, 176, 255)';

async function ready(page: Page) {
  await page.getByRole('table', { name: 'Returns' }).getByRole('cell', { name: 'MCHI', exact: true }).waitFor();
  // The charts' code arrives on its own (ui/chart/lazy-time-chart.tsx).
  await page.locator('section path[data-series="SPY"]').first().waitFor({ state: 'attached' });
}

function look(page: Page) {
  return page.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    background: getComputedStyle(document.documentElement).backgroundColor,
    controls: getComputedStyle(document.querySelector('select')!).colorScheme,
    firstLine: getComputedStyle(document.querySelector('section path[data-series="SPY"]')!).stroke,
  }));
}

test('Dark on a light system darkens the page, its controls and charts, and holds from the first render after a reload', async () => {
  const { page, errors, close } = await openPage(browser(), LINK);
  await page.emulateMedia({ colorScheme: 'light' });
  await ready(page);
  assert.equal((await look(page)).background, LIGHT_BG);

  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
  assert.deepEqual(await look(page), { theme: 'dark', background: DARK_BG, controls: 'dark', firstLine: DARK_SERIES_1 });

  // The theme in place when the app first puts anything in #root: no light flash.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.getElementById('root')?.firstChild) return;
      (window as unknown as { themeAtFirstRender?: string }).themeAtFirstRender = document.documentElement.dataset.theme ?? 'none';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await demoWorkerInControl(page);
  await page.reload();
  await ready(page);
  assert.equal(await page.evaluate(() => (window as unknown as { themeAtFirstRender?: string }).themeAtFirstRender), 'dark');
  assert.equal(await page.getByRole('combobox', { name: 'Theme' }).inputValue(), 'dark');
  assert.equal((await look(page)).background, DARK_BG);
  assert.deepEqual(errors, []);
  await close();
});

test('Light on a dark system keeps the light palette; System follows the system again', async () => {
  const { page, errors, close } = await openPage(browser(), LINK);
  await page.emulateMedia({ colorScheme: 'dark' });
  await ready(page);
  assert.equal((await look(page)).background, DARK_BG);
  const theme = page.getByRole('combobox', { name: 'Theme' });

  await theme.selectOption({ label: 'Light' });
  const light = await look(page);
  assert.equal(light.background, LIGHT_BG);
  assert.equal(light.controls, 'light');

  await theme.selectOption({ label: 'System' });
  assert.deepEqual(await look(page), { theme: undefined, background: DARK_BG, controls: 'dark', firstLine: DARK_SERIES_1 });
  assert.deepEqual(errors, []);
  await close();
});

/**
 * The colour of the ring on the focused element: its outline, or for an SVG control (chart
 * cursor, event marker) the stroke of the shape inside it drawn in the focus colour.
 */
function focusRingColour(page: Page): Promise<{ element: string; ring: string; again: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { element: 'nothing', ring: '', again: true };
    // Focus has come round when it lands on an element it has been on before (a date
    // field keeps focus while Tab walks its month, day and year).
    const walk = window as unknown as { visited?: WeakSet<Element>; last?: Element };
    walk.visited ??= new WeakSet();
    const again = walk.visited.has(el) && walk.last !== el;
    walk.visited.add(el);
    walk.last = el;
    const element = `<${el.tagName.toLowerCase()}> ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`;
    const style = getComputedStyle(el);
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) return { element, ring: style.outlineColor, again };
    const probe = document.createElement('span');
    probe.style.color = 'var(--focus)';
    document.body.append(probe);
    const focus = getComputedStyle(probe).color;
    probe.remove();
    const ringed = el instanceof SVGElement && [el, ...el.querySelectorAll('*')].some((node) => getComputedStyle(node).stroke === focus);
    return { element, ring: ringed ? focus : '', again };
  });
}

test('every Tab stop shows a ring in the focus colour of the chosen theme', async () => {
  for (const [choice, system, focus] of [
    ['Dark', 'light', 'rgb(138, 180, 248)'],
    ['Light', 'dark', 'rgb(26, 115, 232)'],
  ] as const) {
    const { page, errors, close } = await openPage(browser(), WITH_EVENT);
    await page.emulateMedia({ colorScheme: system });
    await ready(page);
    await page.getByRole('table', { name: 'Event window' }).waitFor();
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: choice });
    await page.locator('body').focus();
    const stops: string[] = [];
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const { element, ring, again } = await focusRingColour(page);
      if (again) break;
      assert.equal(ring, focus, `${choice}: ${element} has no ring in the focus colour`);
      stops.push(element);
    }
    // The walk went round the whole page: to the last control, Add event under the list.
    assert.match(stops.at(-1) ?? '', /Add event/, `${choice}: Tab went round after ${stops.length} controls`);
    assert.deepEqual(errors, []);
    await close();
  }
});

test('reduced motion stops the loading shimmer', async () => {
  const { page, close } = await openPage(browser(), LINK);
  await ready(page);
  const shimmer = () =>
    page.evaluate(() => {
      const probe = document.createElement('div');
      probe.className = 'skeleton';
      document.body.append(probe);
      const { animationName, animationIterationCount } = getComputedStyle(probe);
      probe.remove();
      return `${animationName} ${animationIterationCount}`;
    });
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  assert.equal(await shimmer(), 'shimmer infinite');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  assert.equal(await shimmer(), 'none 1');
  await close();
});

test('no sideways scrolling of the page from 360 to 1920 px, light and dark, with an event open', async () => {
  for (const width of [360, 768, 1280, 1920]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close } = await openPage(browser(), WITH_EVENT, { width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await ready(page);
      await page.getByRole('table', { name: 'Event window' }).waitFor();
      await page.getByRole('meter', { name: 'SPY sentiment' }).waitFor();
      const { scrollWidth, clientWidth } = await page.evaluate(() => {
        const { scrollWidth, clientWidth } = document.documentElement;
        return { scrollWidth, clientWidth };
      });
      assert.ok(scrollWidth <= clientWidth, `${width} px ${colorScheme}: the page is ${scrollWidth} px wide`);
      await close();
    }
  }
});
