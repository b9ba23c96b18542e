// What kind of file this is, told from its content: not text at all, an iCalendar file,
// JSON (a Stocktwits stream) or, failing those, CSV. The name is never consulted.
import { countLineBreaks, firstNonSpace } from './text';

export type ContentKind = 'icalendar' | 'json' | 'csv';

/** Explains why the text is not a UTF-8 text file, or undefined when it looks like one. */
export function notTextReason(text: string): string | undefined {
  if (text.startsWith('PK\u0003\u0004')) {
    return 'looks like a ZIP archive or an Excel workbook, not text. Save it as CSV (UTF-8) and import that.';
  }
  const sample = text.slice(0, 65536);
  if (sample.includes('\u0000')) {
    return 'is a binary file (or UTF-16 text), not UTF-8 text. Save it as CSV (UTF-8) and import that.';
  }
  let control = 0;
  const probe = Math.min(sample.length, 8192);
  for (let i = 0; i < probe; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  if (control > 8 && control > probe / 100) return 'is a binary file, not text. Save it as CSV (UTF-8) and import that.';
  const bad = text.indexOf('\ufffd');
  if (bad !== -1) {
    const line = countLineBreaks(text, 0, bad) + 1;
    return `is not UTF-8 text (line ${line} has a character that is not UTF-8; the file may be saved as Latin-1 or Windows-1252). Save it as UTF-8 and import it again.`;
  }
  return undefined;
}

/** The format the first characters announce (the text has passed notTextReason). */
export function contentKind(body: string): ContentKind {
  const start = firstNonSpace(body);
  const head = body.slice(start, start + 15).toUpperCase();
  if (head === 'BEGIN:VCALENDAR') return 'icalendar';
  const first = body.charAt(start);
  if (first === '{' || first === '[') return 'json';
  return 'csv';
}
