// An as-of date after the last day of the data (a link from the future, a date typed past
// the end) would show the last figures under a date they are not for: once every shown
// symbol has loaded, it is moved back to the data's last day, with a note saying so.
import { useEffect, useMemo } from 'react';
import { formatDay } from '@/domain/format';
import type { IsoDate } from '@/domain/types';
import { useViewStore } from '@/stores/view-store';
import type { PriceView } from './price-view';

export function useAsOfWithinData({ loading, seriesBySymbol }: Pick<PriceView, 'loading' | 'seriesBySymbol'>, to: IsoDate | undefined): void {
  const correctTo = useViewStore((s) => s.correctTo);
  const dataEnd = useMemo(() => {
    let end: IsoDate | undefined;
    for (const { bars } of seriesBySymbol.values()) {
      const last = bars[bars.length - 1]?.date;
      if (last && (!end || last > end)) end = last;
    }
    return end;
  }, [seriesBySymbol]);
  useEffect(() => {
    if (loading || !to || !dataEnd || to <= dataEnd) return;
    const day = formatDay(dataEnd);
    correctTo(dataEnd, `There are no prices after ${day}: the as-of date is now ${day}.`);
  }, [loading, to, dataEnd, correctTo]);
}
