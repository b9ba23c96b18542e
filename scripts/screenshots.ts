// Screenshots of the production build at phone and desktop widths, light and dark,
// into docs/screenshots/ (run `npm run build` first).
import { mkdirSync } from 'node:fs';
import { launchBrowser, openPage, startPreview } from '../tests/e2e/harness';

// What a newcomer sees first: the bare address, where the demo tells its story.
const LINK = '/';
const SHOTS = [
  { name: 'desktop-light', viewport: { width: 1280, height: 800 }, colorScheme: 'light', fullPage: false },
  { name: 'desktop-light-full', viewport: { width: 1280, height: 800 }, colorScheme: 'light', fullPage: true },
  { name: 'phone-dark', viewport: { width: 360, height: 800 }, colorScheme: 'dark', fullPage: false },
] as const;

const server = await startPreview();
const browser = await launchBrowser();
try {
  mkdirSync('docs/screenshots', { recursive: true });
  for (const shot of SHOTS) {
    const { page, close } = await openPage(browser, LINK, shot.viewport);
    await page.emulateMedia({ colorScheme: shot.colorScheme });
    await page.getByRole('table', { name: 'Returns' }).waitFor();
    await page.waitForTimeout(500); // the charts' first layout
    await page.screenshot({ path: `docs/screenshots/${shot.name}.png`, fullPage: shot.fullPage });
    await close();
  }
} finally {
  await browser.close();
  server.kill();
}
