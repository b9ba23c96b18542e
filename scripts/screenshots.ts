// Screenshots of the production build at phone and desktop widths, light and dark,
// into docs/screenshots/ (run `npm run build` first).
import { mkdirSync } from 'node:fs';
import { launchBrowser, openPage, startPreview } from '../tests/e2e/harness';

const LINK = '/?symbols=SPY,QQQ,MCHI&range=YTD&to=2025-08-29&event=2025-07-stockholm-talks';
const SHOTS = [
  { name: 'desktop-light', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { name: 'phone-dark', viewport: { width: 360, height: 780 }, colorScheme: 'dark' },
] as const;

const server = await startPreview();
const browser = await launchBrowser();
try {
  mkdirSync('docs/screenshots', { recursive: true });
  for (const shot of SHOTS) {
    const { page, close } = await openPage(browser, LINK, shot.viewport);
    await page.emulateMedia({ colorScheme: shot.colorScheme });
    await page.getByRole('table', { name: 'Returns' }).waitFor();
    await page.screenshot({ path: `docs/screenshots/${shot.name}.png`, fullPage: true });
    await close();
  }
} finally {
  await browser.close();
  server.kill();
}
