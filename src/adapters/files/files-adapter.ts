// The `files` source: whatever the user imported, read from IndexedDB.
import { byDate } from '@/domain/dates';
import { DataSourceError, type DataAdapter, type RangeQuery } from '../data-adapter';
import { getDataset, listDatasets } from './dataset-store';

function inRange(date: string, q: RangeQuery): boolean {
  return (!q.from || date >= q.from) && (!q.to || date <= q.to);
}

export function createFilesAdapter(): DataAdapter {
  return {
    id: 'files',
    key: 'files',
    label: 'Imported files',
    capabilities: { prices: true, sentiment: true, events: true },

    async getPrices(q) {
      const found = await Promise.all(q.symbols.map(async (symbol) => (await getDataset(`prices:${symbol}`))?.prices));
      const series = found.flatMap((s) => (s ? [{ ...s, bars: s.bars.filter((b) => inRange(b.date, q)) }] : []));
      if (series.length === 0 && q.symbols.length > 0) {
        throw new DataSourceError('unknown_symbol', `No imported prices for ${q.symbols.join(', ')}. Use Import data to add a file.`);
      }
      return series;
    },

    async getSentiment(q) {
      const found = await Promise.all(q.symbols.map(async (symbol) => (await getDataset(`sentiment:${symbol}`))?.sentiment));
      return found.flatMap((s) => (s ? [{ ...s, days: s.days.filter((d) => inRange(d.date, q)) }] : []));
    },

    async getEvents(q) {
      const datasets = await listDatasets();
      return datasets
        .flatMap((d) => d.events ?? [])
        .filter((e) => (!q.to || e.date <= q.to) && (!q.from || (e.endDate ?? e.date) >= q.from))
        .sort(byDate);
    },

    async getSymbols() {
      return (await listDatasets()).filter((d) => d.kind === 'prices').map((d) => ({ symbol: d.name, name: `Imported from ${d.fileName}` }));
    },

    async checkHealth() {
      try {
        const datasets = await listDatasets();
        return datasets.length > 0
          ? { ok: true, message: `${datasets.length} imported dataset${datasets.length === 1 ? '' : 's'} in this browser.` }
          : { ok: false, message: 'Nothing imported yet: use Import data.' };
      } catch (error) {
        return { ok: false, message: `This browser's storage could not be read (${error instanceof Error ? error.message : String(error)}).` };
      }
    },
  };
}
