// The first-load JavaScript of a build (issues 6 and 14): what index.html loads up front,
// its module scripts and modulepreloads, gzip-compressed (level 9), in kilobytes of 1,000
// bytes as Vite reports them. Shared by the budget test and `npm run bench`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Fails the budget test above this; the bench reports it as met or missed. */
export const FIRST_LOAD_BUDGET_KB = 200;

export interface ChunkSize {
  /** Path inside the build, e.g. assets/index-abc123.js. */
  file: string;
  gzipKb: number;
}

export interface FirstLoad {
  upFront: ChunkSize[];
  /** Every other script of the build: loaded when (and if) the page asks for it. */
  lazy: ChunkSize[];
  upFrontKb: number;
}

/** Paths of the scripts and modulepreloads in a built index.html. */
export function upFrontScripts(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const isScript = tag.startsWith('<script') && /\bsrc="([^"]+)"/.test(tag);
    const isPreload = /\brel="modulepreload"/.test(tag);
    const ref = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    return (isScript || isPreload) && ref ? [ref.replace(/^\//, '')] : [];
  });
}

export function gzipKb(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length / 1000;
}

export function firstLoad(dist: string): FirstLoad {
  const upFront = upFrontScripts(readFileSync(join(dist, 'index.html'), 'utf8'));
  const lazy = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`)
    .filter((f) => !upFront.includes(f));
  const size = (file: string): ChunkSize => ({ file, gzipKb: gzipKb(join(dist, file)) });
  const sized = upFront.map(size);
  return { upFront: sized, lazy: lazy.map(size), upFrontKb: sized.reduce((sum, c) => sum + c.gzipKb, 0) };
}
