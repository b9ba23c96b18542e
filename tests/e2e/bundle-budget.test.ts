// The first-load budget (issue 6): the JavaScript index.html loads up front (its module
// scripts and modulepreloads), gzip-compressed, is at most 240 KB. Prints every chunk's
// size, up-front and lazy, so a regression shows where it came from.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { DIST } from './harness';

const BUDGET_KB = 240;

/** Paths of the scripts and modulepreloads in the built index.html. */
function upFrontScripts(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const isScript = tag.startsWith('<script') && /\bsrc="([^"]+)"/.test(tag);
    const isPreload = /\brel="modulepreload"/.test(tag);
    const ref = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    return (isScript || isPreload) && ref ? [ref.replace(/^\//, '')] : [];
  });
}

// Kilobytes as Vite reports them (1,000 bytes): the stricter reading of the budget.
const kb = (bytes: number) => bytes / 1000;
const gzipKb = (path: string) => kb(gzipSync(readFileSync(path), { level: 9 }).length);

test(`the JavaScript loaded up front is at most ${BUDGET_KB} KB gzip`, () => {
  const upFront = upFrontScripts(readFileSync(join(DIST, 'index.html'), 'utf8'));
  assert.ok(upFront.length > 0, 'index.html loads no script: is this a build?');
  const lazy = readdirSync(join(DIST, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`)
    .filter((f) => !upFront.includes(f));

  const rows = [...upFront.map((f) => ['up front', f] as const), ...lazy.map((f) => ['lazy', f] as const)].map(([when, f]) => ({
    when,
    file: f,
    gzipKb: gzipKb(join(DIST, f)),
  }));
  const total = rows.filter((r) => r.when === 'up front').reduce((sum, r) => sum + r.gzipKb, 0);
  console.log(
    [
      ...rows.map((r) => `${r.when.padEnd(9)} ${r.gzipKb.toFixed(1).padStart(7)} KB  ${r.file}`),
      `up front  ${total.toFixed(1).padStart(7)} KB  of ${BUDGET_KB} KB`,
    ].join('\n'),
  );
  assert.ok(total <= BUDGET_KB, `first-load JavaScript is ${total.toFixed(1)} KB gzip, over the ${BUDGET_KB} KB budget`);
});
