import type { DataAdapter } from '@/adapters/data-adapter';
import { lazyAdapter } from '@/adapters/lazy-adapter';

const known = { id: 'alphavantage', key: 'k', label: 'L', capabilities: { prices: true, sentiment: false, events: false } } as const;

function fakeAdapter(): DataAdapter {
  return {
    ...known,
    getPrices: async (q) => q.symbols.map((symbol) => ({ symbol, bars: [{ date: '2025-01-02', close: 1 }] })),
    getSentiment: async () => [],
    getEvents: async () => [],
    getSymbols: async () => [{ symbol: 'SPY', name: 'S&P 500' }],
    checkHealth: async () => ({ ok: true, message: 'fine' }),
  };
}

describe('lazyAdapter', () => {
  it('tells what it is without loading, then loads once and forwards every call', async () => {
    const load = vi.fn(async () => fakeAdapter());
    const adapter = lazyAdapter(known, load);
    expect(adapter.key).toBe('k');
    expect(load).not.toHaveBeenCalled();
    expect(await adapter.getPrices({ symbols: ['QQQ'] })).toEqual([{ symbol: 'QQQ', bars: [{ date: '2025-01-02', close: 1 }] }]);
    expect(await adapter.getSymbols()).toEqual([{ symbol: 'SPY', name: 'S&P 500' }]);
    expect((await adapter.checkHealth()).ok).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('passes a failed load on to the caller, and loads again on the next call', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('chunk failed to load')).mockResolvedValue(fakeAdapter());
    const adapter = lazyAdapter(known, load);
    await expect(adapter.getEvents({ symbols: [] })).rejects.toThrow('chunk failed to load');
    expect(await adapter.getEvents({ symbols: [] })).toEqual([]);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
