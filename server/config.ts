// The server's settings, from the environment (documented in the README), checked once at
// start: a wrong value stops the server with a sentence saying which and why, rather than
// running with something nobody asked for.
import * as z from 'zod/mini';
import { parseTicker } from '../src/domain/ticker';
import type { Ticker } from '../src/domain/types';

export interface ServerConfig {
  host: string;
  port: number;
  /** The SQLite file; created with its folder on first start. */
  dbPath: string;
  /** Symbols whose sentiment is polled. */
  symbols: Ticker[];
  yahooUrl: string;
  stocktwitsUrl: string;
  /** Requests to Stocktwits allowed per hour (it allows about 200 per address). */
  stocktwitsPerHour: number;
  pollSeconds: number;
  /** When set, every /api/v1 route needs `Authorization: Bearer <token>`. */
  apiToken?: string;
  /** Origins allowed to call the API from a page they serve (CORS); none by default. */
  corsOrigins: string[];
  /** iCalendar feeds of events, polled hourly. */
  eventFeeds: string[];
  tiingoKey?: string;
  alphaVantageKey?: string;
  /** The built app to serve at /; absent when it has not been built. */
  distDir: string;
}

const httpUrl = z.string().check(z.refine((u) => /^https?:\/\//i.test(u) && URL.canParse(u), 'expected an http(s) address'));
const whole = (min: number, max: number) => z.pipe(z.string(), z.pipe(z.transform(Number), z.int().check(z.gte(min), z.lte(max))));
const list = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

export function readConfig(env: Readonly<Record<string, string | undefined>> = process.env): ServerConfig {
  const problems: string[] = [];
  const read = <T>(name: string, schema: z.ZodMiniType<T>, fallback: string): T | undefined => {
    const value = env[name] || fallback;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    problems.push(`${name}=${JSON.stringify(value)}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return undefined;
  };
  const symbols: Ticker[] = [];
  for (const raw of list(env.TRADEWINDS_SYMBOLS || 'SPY,QQQ,MCHI')) {
    const parsed = parseTicker(raw);
    if (parsed.ok) symbols.push(parsed.ticker);
    else problems.push(`TRADEWINDS_SYMBOLS: ${parsed.message}`);
  }
  const urls = (name: string) => {
    const values = list(env[name]);
    for (const u of values) if (!httpUrl.safeParse(u).success) problems.push(`${name}: ${u} is not an http(s) address`);
    return values;
  };
  const config = {
    host: env.HOST || '127.0.0.1',
    port: read('PORT', whole(0, 65_535), '8790'),
    dbPath: env.TRADEWINDS_DB || 'data/tradewinds.sqlite',
    symbols,
    yahooUrl: read('TRADEWINDS_YAHOO_URL', httpUrl, 'https://query1.finance.yahoo.com'),
    stocktwitsUrl: read('TRADEWINDS_STOCKTWITS_URL', httpUrl, 'https://api.stocktwits.com'),
    stocktwitsPerHour: read('TRADEWINDS_STOCKTWITS_PER_HOUR', whole(1, 100_000), '120'),
    pollSeconds: read('TRADEWINDS_POLL_SECONDS', whole(1, 86_400), '900'),
    apiToken: env.API_TOKEN || undefined,
    corsOrigins: urls('TRADEWINDS_CORS_ORIGINS'),
    eventFeeds: urls('TRADEWINDS_EVENTS_ICS'),
    tiingoKey: env.TIINGO_API_KEY || undefined,
    alphaVantageKey: env.ALPHAVANTAGE_API_KEY || undefined,
    distDir: env.TRADEWINDS_DIST || 'dist',
  };
  if (problems.length > 0) throw new Error(`The server's settings are wrong:\n- ${problems.join('\n- ')}`);
  return config as ServerConfig;
}
