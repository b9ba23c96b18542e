// The heavy dataset served the way a real backend would: over HTTP, on its own origin
// with CORS, speaking the REST contract (docs/data-contract.md). Each dataset size has
// its own base URL, `/years/<n>/api/v1`, so one server feeds every growth step.
import type { Server } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { parseEventParams, parseRangeParams, type ApiResult } from '../../src/domain/contract-requests';
import type { PriceSeries } from '../../src/domain/types';
import { heavySeries, lastYears, MAX_YEARS } from './heavy-data';

/** The base URL of the REST source with the last `years` years of the heavy dataset. */
export function heavyBaseUrl(port: number, years: number): string {
  return `http://127.0.0.1:${port}/years/${years}/api/v1`;
}

export function startHeavySource(port: number): Promise<Server> {
  const full = heavySeries();
  const app = express();
  app.use(allowAnyOrigin);
  app.get('/years/:years/api/v1/:resource', (req: Request, res: Response) => {
    const years = Number(req.params.years);
    if (!Number.isInteger(years) || years < 1 || years > MAX_YEARS) return send(res, fail(404, 'not_found', 'No such dataset.'));
    const search = new URL(req.originalUrl, 'http://localhost').searchParams;
    switch (req.params.resource) {
      case 'symbols':
        return send(res, { ok: true, body: { symbols: full.map(({ symbol }) => ({ symbol, name: `Synthetic ${symbol}` })) } });
      case 'prices': {
        const params = parseRangeParams(search);
        if (!params.ok) return send(res, params);
        const known = full.map((s) => lastYears(s, years));
        return send(res, seriesAnswer(params.body.symbols, known, (s) => ({ ...s, bars: s.bars.filter(within(params.body)) })));
      }
      case 'sentiment': {
        // Every symbol is known, with no sentiment days: the panel shows "not enough data".
        const params = parseRangeParams(search);
        return send(res, params.ok ? seriesAnswer(params.body.symbols, full, ({ symbol }) => ({ symbol, days: [] })) : params);
      }
      case 'events': {
        const params = parseEventParams(search);
        return send(res, params.ok ? { ok: true, body: { events: [] } } : params);
      }
      default:
        return send(res, fail(404, 'not_found', `No route ${req.path}`));
    }
  });
  return new Promise((resolve, reject) => {
    const server = app.listen(port, '127.0.0.1', () => resolve(server));
    server.on('error', reject);
  });
}

/** The contract's `{ series, unknown }`, or 404 unknown_symbol when none is known. */
function seriesAnswer<T>(symbols: readonly string[], known: readonly PriceSeries[], pick: (s: PriceSeries) => T): ApiResult<{ series: T[]; unknown: string[] }> {
  const bySymbol = new Map(known.map((s) => [s.symbol, s]));
  const unknown = symbols.filter((s) => !bySymbol.has(s));
  if (unknown.length === symbols.length) return fail(404, 'unknown_symbol', `Unknown symbols: ${unknown.join(', ')}`);
  return { ok: true, body: { series: symbols.flatMap((s) => (bySymbol.has(s) ? [pick(bySymbol.get(s)!)] : [])), unknown } };
}

const within =
  ({ from, to }: { from?: string; to?: string }) =>
  ({ date }: { date: string }) =>
    (from === undefined || date >= from) && (to === undefined || date <= to);

const fail = (status: number, code: string, message: string): ApiResult<never> => ({ ok: false, status, body: { error: { code, message } } });

function send<T>(res: Response, result: ApiResult<T>): void {
  if (result.ok) res.json(result.body);
  else res.status(result.status).json(result.body);
}

// The dashboard runs on another port: any origin may read.
function allowAnyOrigin(req: Request, res: Response, next: NextFunction): void {
  res.set({ 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Authorization, Content-Type', 'Access-Control-Allow-Methods': 'GET, OPTIONS' });
  if (req.method === 'OPTIONS') res.sendStatus(204);
  else next();
}
