// A price file's last bar taken before its session closed (docs/definitions.md#types,
// "Unfinished sessions"): a history downloaded during the US session ends with the price
// of that moment, which the file writes like any close. It is told by its date (today in
// New York, before 16:00) or by a time of day of its own on it, and set apart from the
// bars so that no return, chart or window takes it for a close.
import { formatDay, formatPrice } from '@/domain/format';
import { newYorkClock, sessionUnfinished, SESSION_CLOSE_MINUTES, type NewYorkClock } from '@/domain/new-york';
import type { IntradayPrice, IsoDate, PriceBar, Ticker } from '@/domain/types';

// What follows the date in a date cell: `2025-07-25 11:32:04-04:00` (pandas), `2025-07-25T15:32:04Z`, `… 11:32`.
const TIME_OF_DAY = /[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** The New York date and time of day a date cell writes after its date (no zone: New York's), or undefined without one. */
export function cellClock(raw: string, date: IsoDate): NewYorkClock | undefined {
  const m = TIME_OF_DAY.exec(raw.trim());
  if (!m) return undefined;
  const [hour, minute, second] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  if (m[4] === undefined) return { date, minutes: hour * 60 + minute };
  const [y, mo, d] = date.split('-').map(Number);
  return newYorkClock(Date.UTC(y!, mo! - 1, d!, hour, minute, second) - zoneMinutes(m[4]) * 60_000);
}

/** `Z`, `-04:00`, `-0400`, `+02` as minutes east of UTC. */
function zoneMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  return zone.startsWith('-') ? -minutes : minutes;
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export interface IntradaySplit {
  /** The closes. */
  bars: PriceBar[];
  intraday?: IntradayPrice;
  /** For the Import report, in words, with the line of the bar set apart. */
  note?: { line: number; text: string };
}

/** Remembers what the rows say about when their prices were taken, then sets each series' unfinished last bar apart. */
export function intradayCheck(now: number) {
  // Only cells that write a time are kept: most files have none, and cost nothing here.
  const clocks = new Map<Ticker, Map<IsoDate, NewYorkClock>>();
  const latest = new Map<Ticker, { date: IsoDate; line: number }>();
  return {
    /** A kept row (one per symbol and date): its symbol, date, date cell as written and line. */
    row(symbol: Ticker, date: IsoDate, raw: string, line: number): void {
      const clock = cellClock(raw, date);
      if (clock) {
        let byDate = clocks.get(symbol);
        if (!byDate) clocks.set(symbol, (byDate = new Map()));
        byDate.set(date, clock);
      }
      const seen = latest.get(symbol);
      if (!seen || date > seen.date) latest.set(symbol, { date, line });
    },
    split(symbol: Ticker, bars: PriceBar[]): IntradaySplit {
      const last = bars[bars.length - 1];
      if (!last) return { bars };
      const before = bars[bars.length - 2];
      const own = clocks.get(symbol);
      const clock = own?.get(last.date);
      // A time every bar carries only stamps the day (midnight, or the session's opening as
      // Yahoo's chart writes it); a time the bar before does not share is when the price was taken.
      const stamp = before ? (own?.get(before.date)?.minutes ?? 0) : 0;
      const taken = clock && clock.minutes !== stamp ? clock : undefined;
      const takenEarly = taken !== undefined && taken.date === last.date && taken.minutes < SESSION_CLOSE_MINUTES;
      if (!takenEarly && !sessionUnfinished(last.date, now)) return { bars };

      const intraday: IntradayPrice = { ...last };
      if (taken) intraday.takenAt = hhmm(taken.minutes);
      const day = formatDay(last.date);
      const when = takenEarly ? `was taken at ${hhmm(taken.minutes)} New York` : 'was imported while that session was open';
      const closes = before ? `returns, charts and every other figure end at the ${formatDay(before.date)} close` : 'there is no close before it';
      const text = `${symbol}: the last price, ${day} (${formatPrice(last.close)}), ${when}, before the 16:00 close: it is intraday, not a close. Kept apart: ${closes}. Import the file again after the close to have ${day}'s close.`;
      return { bars: bars.slice(0, -1), intraday, note: { line: latest.get(symbol)?.line ?? 0, text } };
    },
  };
}
