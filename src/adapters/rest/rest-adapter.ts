// The `rest` adapter: any server that speaks the JSON contract of
// docs/definitions.md#rest-contract. The demo source is this same adapter pointed at the mock API.
import { byDate } from '@/domain/dates';
import type { Capabilities, DataAdapter, RangeQuery, RequestOptions } from '../data-adapter';
import { isDataSourceError } from '../data-adapter';
import { getJson, resolveUrl, type GetJsonOptions } from '../http';
import {
  eventsResponse,
  normaliseEvent,
  normalisePriceSeries,
  normaliseSentimentSeries,
  normaliseSymbols,
  parsePayload,
  pricesResponse,
  sentimentResponse,
  symbolsResponse,
} from '../schemas';

export interface RestAdapterConfig {
  id: string;
  label: string;
  baseUrl: string;
  /** Sent as `Authorization: Bearer …`; never put in a URL or a message. */
  token?: string;
  timeoutMs?: number;
  /** What the server serves; a REST backend of the full contract serves all three. */
  capabilities?: Capabilities;
  /** Where a request goes instead of its `baseUrl` address (the demo's prebuilt answers: adapters/demo). */
  route?: (api: URL, path: string, params: Record<string, string | undefined>, signal?: AbortSignal) => Promise<URL>;
  /** What makes the requests (default: fetch; the demo's takes over its early ones: adapters/demo). */
  fetch?: GetJsonOptions['fetch'];
}

export function createRestAdapter(config: RestAdapterConfig): DataAdapter {
  const { id, label, token, timeoutMs } = config;
  const base = config.baseUrl.replace(/\/+$/, '');
  const headers = token ? { Authorization: `Bearer ${token}` } : undefined;

  async function get(path: string, params: Record<string, string | undefined>, o?: RequestOptions) {
    const api = resolveUrl(`${base}/${path}`);
    for (const [key, value] of Object.entries(params)) if (value) api.searchParams.set(key, value);
    const url = config.route ? await config.route(api, path, params, o?.signal) : api;
    return getJson(url, { signal: o?.signal, timeoutMs, headers, sourceLabel: label, secrets: token ? [token] : undefined, fetch: config.fetch });
  }

  const rangeParams = (q: RangeQuery) => ({ symbols: q.symbols.join(',') || undefined, from: q.from, to: q.to });

  const adapter: DataAdapter = {
    id,
    key: `${id}:${base}`,
    label,
    capabilities: config.capabilities ?? { prices: true, sentiment: true, events: true },

    async getPrices(q, o) {
      const body = parsePayload(pricesResponse, await get('prices', rangeParams(q), o), `${label} prices`);
      return body.series.map((s) => normalisePriceSeries(s, `${label} prices`));
    },

    async getSentiment(q, o) {
      const body = parsePayload(sentimentResponse, await get('sentiment', rangeParams(q), o), `${label} sentiment`);
      return body.series.map((s) => normaliseSentimentSeries(s, `${label} sentiment`));
    },

    async getEvents(q, o) {
      const body = parsePayload(eventsResponse, await get('events', rangeParams(q), o), `${label} events`);
      return body.events.map(normaliseEvent).sort(byDate);
    },

    async getSymbols(o) {
      const body = parsePayload(symbolsResponse, await get('symbols', {}, o), `${label} symbols`);
      return normaliseSymbols(body.symbols);
    },

    async checkHealth() {
      try {
        const symbols = await adapter.getSymbols();
        return { ok: true, message: `${label} answered with ${symbols.length} symbol${symbols.length === 1 ? '' : 's'}.` };
      } catch (error) {
        if (isDataSourceError(error)) return { ok: false, message: error.message };
        return { ok: false, message: `${label} could not be checked.` };
      }
    },
  };
  return adapter;
}
