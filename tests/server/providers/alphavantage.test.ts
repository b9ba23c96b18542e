// @vitest-environment node
// Alpha Vantage as the server's price provider: the dashboard's adapter behind the
// provider interface, against Alpha Vantage's recorded answers (MSW), the key in no error.
import { describe, expect, it } from 'vitest';
import { createAlphaVantageProvider } from '../../../server/providers/alphavantage';
import { ProviderError } from '../../../server/providers/provider';
import { server } from '../../../mocks/node';
import { AV_RATE_LIMITED_KEY, alphaVantageHandlers } from '../../../mocks/providers/alphavantage-handlers';

describe('the Alpha Vantage provider', () => {
  it('gives daily bars of the range from the recorded answer', async () => {
    server.use(...alphaVantageHandlers);
    const bars = await createAlphaVantageProvider({ apiKey: 'AVFREEKEY0000001' }).fetchDaily('SPY', '2025-07-21', '2025-07-25');
    expect(bars.map((b) => b.date)).toEqual(['2025-07-21', '2025-07-22', '2025-07-23', '2025-07-24', '2025-07-25']);
    expect(bars.every((b) => b.close > 0)).toBe(true);
  });

  it('turns a spent quota into a rate limit with its wait, and never shows the key', async () => {
    server.use(...alphaVantageHandlers);
    const error = await createAlphaVantageProvider({ apiKey: AV_RATE_LIMITED_KEY }).fetchDaily('SPY', '2025-07-21', '2025-07-25').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: 'rate_limited' });
    expect((error as ProviderError).retryAfterSeconds).toBeGreaterThan(0);
    expect((error as Error).message).not.toContain(AV_RATE_LIMITED_KEY);
  });
});
