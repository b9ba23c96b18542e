// Hostile events in real Chromium under the build's Content-Security-Policy: an events
// CSV and an iCalendar file whose titles and summaries carry HTML and script, and
// whose links are javascript: and data: URLs, imported through Import data. The text
// shows literally, nothing from the payload becomes an element, no link is anything
// but http(s), no script runs, and the policy itself refuses what React never lets in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { browserForTests, openPage } from './harness';

const browser = browserForTests();
const SPY = readFileSync(fileURLToPath(new URL('../fixtures/reference/SPY.csv', import.meta.url)));

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const ANCHOR = '<a href="javascript:window.__pwned=1">read more</a>';

const CSV_TITLES = [`${IMG} Tariff headline`, `${SCRIPT} Liberation day`, `${ANCHOR} Pause`];
const csvField = (text: string) => `"${text.replaceAll('"', '""')}"`;
const EVENTS_CSV = [
  'date,end_date,title,tags,url,summary',
  `2025-03-04,,${csvField(CSV_TITLES[0]!)},tariffs,javascript:window.__pwned=1,${csvField(`${SCRIPT} summary one`)}`,
  `2025-04-02,,${csvField(CSV_TITLES[1]!)},tariffs,https://example.org/news/liberation-day,${csvField(`<iframe src="javascript:window.__pwned=1"></iframe> summary two`)}`,
  `2025-04-09,,${csvField(CSV_TITLES[2]!)},,${csvField('data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+')},`,
].join('\n');

const ICS_TITLE = `${IMG} Geneva talks`;
const ICS_SUMMARY = `${SCRIPT} Two days of talks.`;
const EVENTS_ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Tradewinds safety test//EN',
  'BEGIN:VEVENT',
  'UID:geneva-hostile@example.org',
  'DTSTAMP:20250601T000000Z',
  'DTSTART;VALUE=DATE:20250512',
  `SUMMARY:${ICS_TITLE}`,
  `DESCRIPTION:${ICS_SUMMARY}`,
  'URL:javascript:window.__pwned=1',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

/** What would show that markup from the files became part of the page. */
async function injected(page: Page) {
  return page.evaluate(() => ({
    pwned: (window as { __pwned?: unknown }).__pwned,
    elements: [...document.querySelectorAll('img, iframe, object, embed, script:not([src]), [onerror], [onload]')].map((e) => e.outerHTML),
    links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
  }));
}

test('an imported events file with HTML and javascript: links renders as text, and no script runs', async () => {
  const { page, errors, close } = await openPage(browser(), '/?symbols=SPY&range=YTD&to=2025-07-25&source=files');
  await page.getByRole('button', { name: 'Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await dialog.getByLabel('Data files').setInputFiles([
    { name: 'SPY.csv', mimeType: 'text/csv', buffer: SPY },
    { name: 'hostile-events.csv', mimeType: 'text/csv', buffer: Buffer.from(EVENTS_CSV) },
    { name: 'hostile-events.ics', mimeType: 'text/calendar', buffer: Buffer.from(EVENTS_ICS) },
  ]);
  const report = dialog.getByRole('list', { name: 'Import report' });
  for (const name of ['SPY.csv', 'hostile-events.csv', 'hostile-events.ics']) await report.getByText(name).waitFor();
  // Every event is kept; each refused link is reported.
  const summaries = report.getByText(/rows? rejected/);
  for (const summary of await summaries.all()) await summary.click();
  const text = await report.innerText();
  assert.match(text, /hostile-events\.csv: read as Events CSV · .* · 3 rows accepted/);
  assert.match(text, /hostile-events\.ics: read as iCalendar events · .* · 1 row accepted/);
  assert.equal(text.match(/link dropped: only http\(s\)/g)?.length, 3, text);
  await dialog.getByRole('button', { name: 'Close' }).click();

  const list = page.getByRole('list', { name: 'Events' });
  for (const title of [...CSV_TITLES, ICS_TITLE]) await list.getByText(title, { exact: true }).waitFor();

  // Selected, an event shows its summary: literally too.
  await list.getByRole('button', { name: /Liberation day/ }).click();
  await list.getByText('<iframe src="javascript:window.__pwned=1"></iframe> summary two', { exact: true }).waitFor();
  await page.getByRole('region', { name: 'Event window' }).waitFor();
  await list.getByRole('button', { name: /Geneva talks/ }).click();
  await list.getByText(ICS_SUMMARY, { exact: true }).waitFor();

  // The one http(s) link is the only link from the files, opening safely.
  const links = list.getByRole('link');
  assert.equal(await links.count(), 1);
  assert.equal(await links.first().getAttribute('href'), 'https://example.org/news/liberation-day');
  assert.equal(await links.first().getAttribute('rel'), 'noopener noreferrer');

  // Hover each event on the chart, so its tooltip renders the title too (checked below).
  for (const id of await page.locator('[data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!))) {
    await page.locator(`[data-event-id="${id}"]`).first().hover({ force: true });
  }

  const seen = await injected(page);
  assert.equal(seen.pwned, undefined, 'no script from the files ran');
  assert.deepEqual(seen.elements, [], 'no element from the files is in the page');
  for (const href of seen.links) assert.match(href, /^(https?:\/\/|\/|#)/, `link ${href}`);
  assert.deepEqual(errors, []);
  await close();
});

test('the build carries a CSP that refuses inline script and eval even when something slips into the page', async () => {
  const { page, errors, close } = await openPage(browser(), '/?symbols=SPY,QQQ,MCHI&range=YTD&to=2025-07-25');
  await page.getByRole('table', { name: 'Returns' }).getByRole('cell', { name: 'MCHI', exact: true }).waitFor();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy ?? '', /script-src 'self';/);
  assert.deepEqual(errors, [], 'the dashboard itself breaks no rule of the policy');

  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = "inline"';
    document.body.append(script);
    const img = document.createElement('img');
    img.setAttribute('src', 'x');
    img.setAttribute('onerror', 'window.__pwned = "handler"');
    document.body.append(img);
    // A string for the page's timer is eval: the policy refuses it.
    (setTimeout as (code: string) => number)('window.__pwned = "timer"');
    await new Promise((r) => setTimeout(r, 300));
    return (window as { __pwned?: unknown }).__pwned;
  });
  assert.equal(outcome, undefined);
  assert.ok(errors.some((e) => e.includes('CSP violation: script-src refused eval')), errors.join('\n'));
  assert.ok(errors.some((e) => e.includes('CSP violation: script-src-elem')), errors.join('\n'));
  assert.ok(errors.some((e) => e.includes('CSP violation: script-src-attr')), errors.join('\n'));
  await close();
});
