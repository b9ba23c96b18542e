// The URL and the view store stay in step: load, in-page changes, back and forward.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startUrlSync } from '@/app/url-sync';
import { DEFAULT_VIEW } from '@/stores/url-state';
import { useViewStore } from '@/stores/view-store';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  window.history.replaceState(null, '', '/');
  useViewStore.getState().replace(DEFAULT_VIEW);
});

describe('startUrlSync', () => {
  it('reads the view from the URL and rewrites it canonically', () => {
    window.history.replaceState(null, '', '/?range=1Y&symbols=spy,mchi&to=2025-07-25');
    stop = startUrlSync();
    const s = useViewStore.getState();
    expect(s.symbols).toEqual(['SPY', 'MCHI']);
    expect(s.range).toBe('1Y');
    expect(s.to).toBe('2025-07-25');
    expect(window.location.search).toBe('?symbols=SPY,MCHI&range=1Y&to=2025-07-25');
  });

  it('pushes a history entry for each change and restores it on back', async () => {
    window.history.replaceState(null, '', '/?symbols=SPY,QQQ&range=YTD');
    stop = startUrlSync();
    const before = window.history.length;
    useViewStore.getState().setRange('5Y');
    // Written once the change has painted, not while the page draws it.
    expect(window.location.search).toBe('?symbols=SPY,QQQ&range=YTD');
    await vi.waitFor(() => expect(window.location.search).toBe('?symbols=SPY,QQQ&range=5Y'));
    expect(window.history.length).toBe(before + 1);

    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await popped;
    expect(useViewStore.getState().range).toBe('YTD');
    expect(window.location.search).toBe('?symbols=SPY,QQQ&range=YTD');
  });

  it('writes two changes made within one frame as two entries, in order', async () => {
    window.history.replaceState(null, '', '/?symbols=SPY,QQQ&range=YTD');
    stop = startUrlSync();
    useViewStore.getState().setRange('5Y');
    useViewStore.getState().setBasis('total');
    await vi.waitFor(() => expect(window.location.search).toBe('?symbols=SPY,QQQ&range=5Y&basis=total'));
    const back = async () => {
      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      window.history.back();
      await popped;
    };
    await back();
    expect(useViewStore.getState()).toMatchObject({ range: '5Y', basis: 'price' });
    await back();
    expect(useViewStore.getState()).toMatchObject({ range: 'YTD', basis: 'price' });
  });

  it('opens a bare address where the demo tells its story, and a link with any view on its latest data', () => {
    window.history.replaceState(null, '', '/');
    stop = startUrlSync();
    expect(useViewStore.getState()).toMatchObject({ source: 'demo', symbols: ['SPY', 'QQQ', 'MCHI'], range: 'YTD', to: '2025-07-25' });
    expect(window.location.search).toBe('?symbols=SPY,QQQ,MCHI&range=YTD&to=2025-07-25');
    stop();
    window.history.replaceState(null, '', '/?symbols=SPY,QQQ');
    stop = startUrlSync();
    expect(useViewStore.getState().to).toBeUndefined();
  });

  it('opens another source on its latest data', () => {
    window.history.replaceState(null, '', '/?source=rest');
    stop = startUrlSync();
    expect(useViewStore.getState()).toMatchObject({ source: 'rest', to: undefined });
  });

  it('leaves defaults out of the link: basis appears only when it is not price', () => {
    window.history.replaceState(null, '', '/?symbols=SPY,QQQ,MCHI');
    stop = startUrlSync();
    useViewStore.getState().setBasis('total');
    stop();
    stop = undefined;
    // Stopping writes what was not written yet.
    expect(window.location.search).toBe('?symbols=SPY,QQQ,MCHI&range=YTD&basis=total');
  });

  it('lists what it ignored in a malformed URL', () => {
    window.history.replaceState(null, '', '/?range=10Y&symbols=SPY,%3Cb%3E');
    stop = startUrlSync();
    const s = useViewStore.getState();
    expect(s.range).toBe('YTD');
    expect(s.symbols).toEqual(['SPY']);
    expect(s.notices).toEqual([
      'Ignored symbols="<b>": not a ticker.',
      'Ignored range="10Y": use one of 1M, 3M, 6M, YTD, 1Y, 5Y, MAX, custom.',
    ]);
  });
});
