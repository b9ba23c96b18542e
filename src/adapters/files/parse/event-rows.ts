// The rows of an events CSV (date, end_date, title, tags, url, summary, symbols, importance) made
// into market events, with ids derived from the file, date and title.
import type { IsoDate, Ticker } from '@/domain/types';
import { importanceCell, parseDateCell, tickerCell } from './cells';
import type { Col, Columns } from './columns';
import { buildEvent, derivedEventId } from './event-draft';
import { emptyImport, sortByDate, type RowIssue } from './result';
import { csvRowHandler, type RowHandler } from './row-handler';
import { quoted } from './text';

export function eventsHandler(fileName: string, cols: Columns, width: number): RowHandler {
  const out = emptyImport(fileName, 'Events CSV', 'events');
  const ids = new Map<string, number>();
  const cell = (fields: string[], col: Col) => {
    const index = cols[col];
    return index === undefined ? undefined : fields[index];
  };
  return csvRowHandler(out, cols, width, {
    row(date, fields, line) {
      let endDate: IsoDate | undefined;
      const endRaw = cell(fields, 'endDate')?.trim() ?? '';
      if (endRaw !== '') {
        endDate = parseDateCell(endRaw);
        if (!endDate) return `unparseable end date ${quoted(endRaw)}`;
      }
      let symbols: Ticker[] | undefined;
      const symbolsRaw = cell(fields, 'symbols') ?? cell(fields, 'symbol');
      if (symbolsRaw !== undefined && symbolsRaw.trim() !== '') {
        const unique = new Set<Ticker>();
        for (const part of symbolsRaw.split(/[;|,\s]+/)) {
          if (part === '') continue;
          const t = tickerCell(part);
          if (!t.ok) return t.reason;
          unique.add(t.value);
        }
        symbols = [...unique];
      }
      const issues: RowIssue[] = [];
      const built = buildEvent(
        {
          date,
          endDate,
          title: cell(fields, 'title') ?? '',
          summary: cell(fields, 'summary'),
          source: cell(fields, 'source'),
          url: cell(fields, 'url'),
          tags: (cell(fields, 'tags') ?? '').split(/[;|,]/),
          symbols,
          importance: importanceCell(cell(fields, 'importance'), line, issues),
        },
        { url: line, tags: line },
        issues,
      );
      if (!built.ok) return built.reason;
      const id = derivedEventId(fileName, built.value.date, built.value.title);
      const firstLine = ids.get(id);
      if (firstLine !== undefined) return `duplicate event: same date and title as line ${firstLine}`;
      ids.set(id, line);
      out.rejected.push(...issues);
      out.events.push({ id, ...built.value });
      return undefined;
    },
    done() {
      out.events = sortByDate(out.events);
    },
  });
}
