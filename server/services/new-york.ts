// The day it is in New York: prices are dated by the exchange's calendar, and a message
// counts for the New York day it was posted on.
import type { IsoDate } from '../../src/domain/types';

const newYorkDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The New York date of an instant (epoch ms or ISO), DST included: en-CA writes YYYY-MM-DD. */
export function newYorkDate(instant: number | string): IsoDate {
  return newYorkDay.format(typeof instant === 'string' ? Date.parse(instant) : instant);
}
