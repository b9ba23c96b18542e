// Small text helpers the parsers share: clipping what a message quotes, counting lines
// the way the user's editor does, and the short stable names ids are made from.

/** Character codes the scanners compare against. */
export const LF = 10;
export const CR = 13;
export const QUOTE = 34;
export const SPACE = 32;

/** A value as a message may show it: one line, at most `max` characters. */
export function clip(value: string, max = 40): string {
  const flat = value.slice(0, max + 1).replace(/[\r\n\t]+/g, ' ');
  return value.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** A cell as a message quotes it. */
export function quoted(value: string): string {
  return `"${clip(value)}"`;
}

export function firstNonSpace(text: string): number {
  let i = 0;
  while (i < text.length && /\s/.test(text.charAt(i))) i++;
  return i;
}

/** Stored text kept to `max` characters; unlike clip, its line breaks stay. */
export function truncate(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/** Line breaks in text[from, to): CRLF, LF and a lone CR each count once. */
export function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}

/** FNV-1a, 32 bits, base 36: short and stable, for ids. */
export function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** a-z and 0-9 joined by hyphens, at most `max` long: how tags and ids are written. */
export function slug(value: string, max: number): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** The file's name without its folder or extension. */
export function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[A-Za-z0-9]{1,5}$/, '');
}
