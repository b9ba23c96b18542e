// Events as CSV, in the same columns the file import reads
// (date,end_date,title,tags,url,summary), through the app's one CSV writer.
import type { MarketEvent } from '@/domain/types';
import type { CsvTable } from '@/lib/csv-table';

export function eventsCsvTable(events: readonly MarketEvent[]): CsvTable {
  return {
    fields: ['date', 'end_date', 'title', 'tags', 'url', 'summary'],
    rows: events.map((e) => [e.date, e.endDate, e.title, e.tags.join(';'), e.url, e.summary]),
  };
}
