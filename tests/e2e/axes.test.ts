// The dated charts' x axes as Chromium draws them, on a desktop and a phone: labels evenly
// spaced in one calendar step (a label Recharts dropped would leave a gap), none overlapping
// another, running over the y axis's labels or cut at the chart's edge.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { browserForTests, openPage } from './harness';

const browser = browserForTests();

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface AxisLabel {
  text: string;
  left: number;
  right: number;
}

/** Each dated chart's x-axis labels, left to right, with the y axis's labels' right edge and the frame's width. */
async function axes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.chart-frame')].map((frame) => {
      // No named helpers in here: tsx would wrap them in a __name() the page does not have.
      const origin = frame.getBoundingClientRect().left;
      const labels = [...frame.querySelectorAll('.recharts-xAxis-tick-labels text')].map((t) => ({
        text: t.textContent ?? '',
        left: t.getBoundingClientRect().left - origin,
        right: t.getBoundingClientRect().right - origin,
      }));
      const yLabels = [...frame.querySelectorAll('.recharts-yAxis-tick-labels text')].map((t) => t.getBoundingClientRect().right - origin);
      return { labels, yRight: Math.max(...yLabels), width: frame.getBoundingClientRect().width };
    }),
  );
}

/** Months since year 0 for month labels ("Jan 2025", "Mar": the year carried from the label before), or years for "2025". */
function positions(labels: readonly AxisLabel[]): number[] {
  let year = 0;
  return labels.map(({ text }) => {
    if (/^\d{4}$/.test(text)) return Number(text) * 12;
    const [month, y] = text.split(' ');
    if (y && /^\d{4}$/.test(y)) year = Number(y);
    return year * 12 + MONTHS.indexOf(month!);
  });
}

for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 780 }]) {
  for (const range of ['YTD', '1Y', 'MAX']) {
    test(`${range} at ${viewport.width} px: even date labels, none overlapping, cut or over the y axis`, async () => {
      const { page, errors, close } = await openPage(browser(), `/?range=${range}&to=2025-07-25`, viewport);
      try {
        await page.getByRole('table', { name: 'Returns' }).waitFor();
        await page.getByRole('group', { name: /^Sentiment score of/ }).waitFor();
        const charts = await axes(page);
        assert.equal(charts.length, 2, 'Performance and Sentiment');
        for (const { labels, yRight, width } of charts) {
          const texts = labels.map((l) => l.text).join(', ');
          assert.ok(labels.length >= 1, 'at least one date label');
          assert.ok(labels[0]!.left >= yRight, `the first label (${texts}) starts right of the y axis's labels`);
          assert.ok(labels.at(-1)!.right <= width, `the last label (${texts}) is not cut`);
          for (let i = 1; i < labels.length; i++) {
            assert.ok(labels[i]!.left - labels[i - 1]!.right >= 12, `${texts}: labels ${i - 1} and ${i} are apart`);
          }
          // Evenly spaced: one step in months (or years) between every two labels.
          const at = positions(labels);
          const steps = new Set(at.slice(1).map((p, i) => p - at[i]!));
          assert.ok(steps.size <= 1, `one step between labels: ${texts}`);
          assert.ok([...steps].every((s) => [1, 2, 3, 6, 12, 24, 60, 120].includes(s)), `a calendar step: ${texts}`);
        }
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    });
  }
}
