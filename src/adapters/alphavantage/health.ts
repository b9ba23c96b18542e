// "Test connection" for Alpha Vantage: one uncached GLOBAL_QUOTE for SPY shows whether
// the key is accepted. There is no cheap symbol list, so the answer says to type tickers.
import { isDataSourceError } from '../data-adapter';
import { quoteCall } from './calls';
import type { AlphaVantageClient } from './client';
import { globalQuote } from './wire-formats';

export async function checkAlphaVantageHealth(client: AlphaVantageClient): Promise<{ ok: boolean; message: string }> {
  try {
    const body = await client.ask(quoteCall('SPY'), globalQuote);
    const quote = body['Global Quote'];
    const price = quote['05. price'];
    const day = quote['07. latest trading day'];
    const seen = price && day ? ` (SPY ${Number(price)} on ${day})` : '';
    return {
      ok: true,
      message: `Alpha Vantage accepted the key${seen}. It offers no symbol list: type the tickers you want.`,
    };
  } catch (error) {
    // The client's errors are already scrubbed of the key; anything else has no message fit to show.
    return { ok: false, message: isDataSourceError(error) ? error.message : 'Alpha Vantage could not be checked.' };
  }
}
