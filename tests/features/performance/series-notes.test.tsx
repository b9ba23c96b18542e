// The notes under Returns where a symbol's figures are not what the view asks for:
// adjusted closes only (Stooq), no adjusted closes, a last price that is not a close.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PriceSeries } from '@/domain/types';
import { ReturnsPanel } from '@/features/performance/returns-panel';
import { parseViewState } from '@/stores/url-state';
import { useViewStore } from '@/stores/view-store';
import { renderPanel, settled, stubAdapter } from '../../utils';

const DAYS = ['2025-07-21', '2025-07-22', '2025-07-23', '2025-07-24', '2025-07-25'];
const bars = (closes: number[], adjusted?: number[]) => closes.map((close, i) => ({ date: DAYS[i]!, close, ...(adjusted && { adjClose: adjusted[i]! }) }));

const SERIES: Record<string, PriceSeries> = {
  // Stooq's: every close already adjusted.
  SPY: { symbol: 'SPY', bars: bars([600, 606, 612, 618, 624]), closesAdjusted: true },
  QQQ: { symbol: 'QQQ', bars: bars([500, 505, 510, 515, 520], [495, 500, 505, 510, 515]) },
  MCHI: { symbol: 'MCHI', bars: bars([50, 51, 52, 53, 54]) },
  // Imported at 11:32 on Jul 25: that price is set apart, not a bar.
  VOO: { symbol: 'VOO', bars: bars([550, 555, 560, 565]), intraday: { date: '2025-07-25', close: 570.5, takenAt: '11:32' } },
};

const adapter = stubAdapter({ getPrices: async (q) => q.symbols.flatMap((s) => SERIES[s] ?? []) });

function show(search: string) {
  const { view, notices } = parseViewState(search, ['demo']);
  useViewStore.getState().replace(view, notices);
}

async function returnsRegion() {
  const { client } = renderPanel(<ReturnsPanel />, adapter);
  const region = screen.getByRole('region', { name: 'Returns' });
  await within(region).findByRole('row', { name: /^MCHI/ });
  await settled(client);
  return region;
}

describe('Returns notes on the basis', () => {
  beforeEach(() => show('?symbols=SPY,QQQ,MCHI&range=MAX'));

  it('on the price basis, a series of adjusted closes is shown as total return, and the note says price basis is not available', async () => {
    const region = await returnsRegion();
    expect(within(region).getByText('SPY: closes already adjusted for dividends and splits, so price basis is not available: shown as total return.')).toBeVisible();
    expect(within(region).queryByText(/no adjusted closes/)).toBeNull();
    expect(within(region).getByRole('row', { name: /^SPY 624\.00 \+4\.0%/ })).toBeVisible();
  });

  it('on the total basis, the adjusted closes are used without a note; a series without them still falls back', async () => {
    show('?symbols=SPY,QQQ,MCHI&range=MAX&basis=total');
    const region = await returnsRegion();
    expect(within(region).queryByText(/price basis is not available/)).toBeNull();
    expect(within(region).getByText('MCHI: no adjusted closes, shown on price basis.')).toBeVisible();
    expect(within(region).getByRole('row', { name: /^QQQ 520\.00 \+4\.0%/ })).toBeVisible();
  });
});

describe('Returns note on a price taken before the close', () => {
  it('measures the symbol to its last close and says why the later price is left out', async () => {
    show('?symbols=VOO,MCHI&range=MAX');
    const region = await returnsRegion();
    expect(
      within(region).getByText("VOO: the price of Jul 25, 2025 (570.50, at 11:32 New York) was taken before that day's close: intraday, not a close, so it is left out of these figures."),
    ).toBeVisible();
    // 565 / 550 - 1: to the Jul 24 close, not to 570.50.
    expect(within(region).getByRole('row', { name: /^VOO 565\.00 \+2\.7%/ })).toBeVisible();
    expect(within(region).getByRole('row', { name: /^MCHI 54\.00 \+8\.0%/ })).toBeVisible();
  });
});
