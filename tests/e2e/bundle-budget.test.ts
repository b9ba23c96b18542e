// The first-load budget: the JavaScript index.html loads up front (its module scripts and
// modulepreloads), gzip-compressed, is at most FIRST_LOAD_BUDGET_KB (scripts/first-load.ts).
// Prints every chunk's size, up-front and lazy, so a regression shows where it came from.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstLoad, FIRST_LOAD_BUDGET_KB } from '../../scripts/first-load';
import { DIST } from './harness';

test(`the JavaScript loaded up front is at most ${FIRST_LOAD_BUDGET_KB} KB gzip`, () => {
  const { upFront, lazy, upFrontKb } = firstLoad(DIST);
  assert.ok(upFront.length > 0, 'index.html loads no script: is this a build?');
  const rows = [...upFront.map((c) => ({ when: 'up front', ...c })), ...lazy.map((c) => ({ when: 'lazy', ...c }))];
  console.log(
    [
      ...rows.map((r) => `${r.when.padEnd(9)} ${r.gzipKb.toFixed(1).padStart(7)} KB  ${r.file}`),
      `up front  ${upFrontKb.toFixed(1).padStart(7)} KB  of ${FIRST_LOAD_BUDGET_KB} KB`,
    ].join('\n'),
  );
  assert.ok(upFrontKb <= FIRST_LOAD_BUDGET_KB, `first-load JavaScript is ${upFrontKb.toFixed(1)} KB gzip, over the ${FIRST_LOAD_BUDGET_KB} KB budget`);
});
