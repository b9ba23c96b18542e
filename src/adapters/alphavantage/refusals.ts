// Alpha Vantage refuses with HTTP 200: `Note` / `Information` (rate limit, premium-only,
// invalid key on some endpoints) or `Error Message` (bad key, unknown symbol) in place of
// the data. These turn such answers into DataSourceErrors a person can act on, and keep
// the API key out of every message.
import { DataSourceError, isDataSourceError } from '../data-adapter';
import type { Call } from './calls';

/** What the provider says is quoted, but never more than this. */
const QUOTE_MAX = 200;

/** A refusal because the key's plan lacks a function or a parameter value. */
export class PremiumRequiredError extends DataSourceError {}

const redact = (text: string, apiKey: string) => (apiKey ? text.split(apiKey).join('[redacted]') : text);

function quoteProvider(text: string, apiKey: string): string {
  const clean = redact(text, apiKey).replace(/\s+/g, ' ').trim();
  return `Alpha Vantage said: "${clean.length > QUOTE_MAX ? `${clean.slice(0, QUOTE_MAX)}…` : clean}"`;
}

/** A DataSourceError from below, re-made without its cause (which may hold the URL) and with the key blanked. */
export function scrub(error: unknown, apiKey: string): unknown {
  if (!isDataSourceError(error)) return error;
  const init = { status: error.status, retryAfter: error.retryAfter };
  return error instanceof PremiumRequiredError
    ? new PremiumRequiredError(error.code, redact(error.message, apiKey), init)
    : new DataSourceError(error.code, redact(error.message, apiKey), init);
}

/** Turns a 200 answer that is a refusal into the error it stands for; undefined for an answer with data. */
export function refusal(body: unknown, call: Call, apiKey: string): DataSourceError | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  if (call.dataKey in record) return undefined;
  const errorMessage = typeof record['Error Message'] === 'string' ? record['Error Message'] : undefined;
  const note = [record.Note, record.Information].find((v): v is string => typeof v === 'string');
  const quote = (text: string) => quoteProvider(text, apiKey);
  const keyRejected = (text: string) =>
    new DataSourceError('unauthorized', `Alpha Vantage rejected the API key: check it in Source settings. ${quote(text)}`);

  if (errorMessage !== undefined) {
    if (/api ?key/i.test(errorMessage)) return keyRejected(errorMessage);
    if (/invalid api call/i.test(errorMessage) && call.symbol) {
      return new DataSourceError('unknown_symbol', `Alpha Vantage does not know the symbol ${call.symbol}. ${quote(errorMessage)}`);
    }
    return new DataSourceError('bad_request', `Alpha Vantage refused the ${call.fn} request. ${quote(errorMessage)}`);
  }
  if (note !== undefined) {
    if (/rate limit|requests? per (day|minute)|calls? per (day|minute)|call frequency|call volume/i.test(note)) {
      const perDay = /per day|daily/i.test(note) || !/per minute/i.test(note);
      const advice = perDay
        ? 'Alpha Vantage: the free plan allows 25 requests a day; wait or use a premium key.'
        : 'Alpha Vantage: too many requests in a short time for this key; wait a minute and try again.';
      // A minute or a day: longer than the app waits by itself, so no request is spent on retries.
      return new DataSourceError('rate_limited', `${advice} ${quote(note)}`, { retryAfter: perDay ? 86_400 : 60 });
    }
    if (/api ?key/i.test(note) && /invalid|missing/i.test(note)) return keyRejected(note);
    if (/premium/i.test(note)) {
      const what = /outputsize=full/i.test(note) ? `Full price history (${call.fn} with outputsize=full)` : `The ${call.fn} function`;
      return new PremiumRequiredError('unauthorized', `Alpha Vantage: ${what} needs a premium plan. ${quote(note)}`);
    }
    if (/invalid inputs/i.test(note) && call.symbol) {
      return new DataSourceError('unknown_symbol', `Alpha Vantage has no news for the symbol ${call.symbol}. ${quote(note)}`);
    }
    return new DataSourceError('bad_request', `Alpha Vantage sent no data for ${call.fn}. ${quote(note)}`);
  }
  return undefined;
}
