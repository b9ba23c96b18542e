// Where each message of a saved Stocktwits stream is, so a rejected message can be pointed
// at: the line each element of a JSON array starts on (JSON.parse does not tell), and the
// lines of a JSON-lines file.
import { CR, LF, QUOTE } from './text';

/** The non-blank lines of JSON-lines text, trimmed, with their 1-based numbers. */
export function jsonLines(text: string): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i]!.trim();
    if (trimmed !== '') found.push({ line: i + 1, text: trimmed });
  }
  return found;
}

/**
 * The line each element of the messages array starts on: the top-level `messages` array,
 * or the top-level array itself. One pass, aware of strings; JSON.parse has already
 * vouched for the syntax.
 */
export function messageLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let target = -1;
  let expectElement = false;
  let lastString = '';
  let lastStringDepth = -1;
  let sawColon = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) {
      line++;
      continue;
    }
    if (c === CR) {
      if (text.charCodeAt(i + 1) !== LF) line++;
      continue;
    }
    if (c === 32 || c === 9) continue;
    if (expectElement && c !== 93 /* ] */) {
      lines.push(line);
      expectElement = false;
    }
    if (c === QUOTE) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 92 /* \ */) j += 2;
        else if (d === QUOTE) break;
        else j++;
      }
      if (depth === 1 && j - i < 20) {
        lastString = text.slice(i + 1, j);
        lastStringDepth = depth;
        sawColon = false;
      } else lastStringDepth = -1;
      i = j;
      continue;
    }
    if (c === 58 /* : */) {
      sawColon = true;
      continue;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      if (c === 91 && depth === 0) target = 1;
      else if (c === 91 && depth === 1 && target === -1 && sawColon && lastStringDepth === 1 && lastString === 'messages') target = 2;
      depth++;
      if (c === 91 && depth === target) expectElement = true;
      lastStringDepth = -1;
      continue;
    }
    if (c === 125 /* } */ || c === 93 /* ] */) {
      if (c === 93 && depth === target) target = -2; // done: later arrays are not ours
      depth--;
      expectElement = false;
      continue;
    }
    if (c === 44 /* , */) {
      if (depth === target) expectElement = true;
      lastStringDepth = -1;
      continue;
    }
  }
  return lines;
}
