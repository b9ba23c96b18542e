// Events as CSV, in the same columns the file import reads
// (date,end_date,title,tags,url,summary). Cells a spreadsheet would run as a formula
// are neutralised.
import Papa from 'papaparse';
import type { MarketEvent } from '@/domain/types';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A leading quote makes a spreadsheet show the text instead of evaluating it. */
function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function eventsToCsv(events: readonly MarketEvent[]): string {
  return Papa.unparse({
    fields: ['date', 'end_date', 'title', 'tags', 'url', 'summary'],
    data: events.map((e) =>
      [e.date, e.endDate ?? '', e.title, e.tags.join(';'), e.url ?? '', e.summary ?? ''].map(neutralise),
    ),
  });
}
