// @vitest-environment node
// Pearson's r and the sentiment/return link, checked against correlations worked out
// by hand on tiny made-up price and sentiment series.
import { correlationStrength, pearson, sentimentReturnLink } from '@/domain/correlation';
import { indexSentiment, readingAt, type SentimentIndex } from '@/domain/sentiment';
import type { PriceSeries, SentimentDay } from '@/domain/types';

function row(date: string, bullish: number, bearish: number): SentimentDay {
  return { date, bullish, bearish, messages: bullish + bearish };
}

/** Closes starting at 100, then compounding the given step returns. */
function pricesFromReturns(dates: readonly string[], returns: readonly number[], symbol = 'TEST'): PriceSeries {
  const closes = [100];
  for (const r of returns) closes.push(closes[closes.length - 1]! * (1 + r));
  return { symbol, bars: dates.map((date, i) => ({ date, close: closes[i]! })) };
}

function scores(idx: SentimentIndex, dates: readonly string[]): (number | undefined)[] {
  return dates.map((d) => readingAt(idx, d)?.score);
}

describe('pearson', () => {
  it('perfect positive and perfect negative', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3, 4], [10, 7, 4, 1])).toBeCloseTo(-1, 12);
  });

  it('xs = 1..5, ys = 2 1 4 3 5: sxy = 8, sxx = syy = 10, r = 0.8', () => {
    expect(pearson([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.8, 12);
  });

  it('is unchanged by shifting and scaling either side', () => {
    expect(pearson([101, 102, 103, 104, 105], [20, 10, 40, 30, 50])).toBeCloseTo(0.8, 12);
  });

  it('no variation on either side: undefined', () => {
    expect(pearson([1, 1, 1, 1], [1, 2, 3, 4])).toBeUndefined();
    expect(pearson([1, 2, 3, 4], [5, 5, 5, 5])).toBeUndefined();
  });

  it('fewer than three pairs: undefined', () => {
    expect(pearson([], [])).toBeUndefined();
    expect(pearson([1], [2])).toBeUndefined();
    expect(pearson([1, 2], [3, 5])).toBeUndefined();
  });
});

describe('sentimentReturnLink', () => {
  // Trading days Mon 2025-06-02 .. Fri 06-06, Mon 06-09, Tue 06-10 (weekend 06-07/08 has
  // no rows, i.e. no messages). The score is over 7 calendar days, so on 06-09 the window
  // is 06-03..06-09 (06-02 drops out) and on 06-10 it is 06-04..06-10.
  //   06-02 ( 5, 5)  window ( 5, 5)  -> 50
  //   06-03 (10, 0)  window (15, 5)  -> 75
  //   06-04 ( 0,10)  window (15,15)  -> 50
  //   06-05 ( 5, 5)  window (20,20)  -> 50
  //   06-06 (30,10)  window (50,30)  -> 62.5
  //   06-09 ( 0,20)  window (45,45)  -> 50
  //   06-10 (100,0)  window (135,45) -> 75
  // Score changes on 06-03 .. 06-10: +25, -25, 0, +12.5, -12.5, +25.
  const DATES = ['2025-06-02', '2025-06-03', '2025-06-04', '2025-06-05', '2025-06-06', '2025-06-09', '2025-06-10'];
  const sentiment = indexSentiment({
    symbol: 'TEST',
    days: [
      row('2025-06-02', 5, 5),
      row('2025-06-03', 10, 0),
      row('2025-06-04', 0, 10),
      row('2025-06-05', 5, 5),
      row('2025-06-06', 30, 10),
      row('2025-06-09', 0, 20),
      row('2025-06-10', 100, 0),
    ],
  });
  // Returns into 06-03 .. 06-10: exactly 1/1250 of the score changes.
  const prices = pricesFromReturns(DATES, [0.02, -0.02, 0, 0.01, -0.01, 0.02]);

  it('the made-up scores are as worked out above', () => {
    expect(scores(sentiment, DATES)).toEqual([50, 75, 50, 50, 62.5, 50, 75]);
  });

  it('sameDay pairs the change t-1 -> t with the return t-1 -> t (aligned: r = 1)', () => {
    const link = sentimentReturnLink(prices, sentiment, undefined, '2025-06-10');
    expect(link.symbol).toBe('TEST');
    expect(link.sameDayDays).toBe(6);
    expect(link.sameDay).toBeCloseTo(1, 10);
  });

  it('nextDay pairs the change t-1 -> t with the return t -> t+1', () => {
    // x = 25, -25, 0, 12.5, -12.5 against y = -0.02, 0, 0.01, -0.01, 0.02 (both mean 0):
    // sxy = -0.5 - 0.125 - 0.25 = -0.875, sxx = 1562.5, syy = 0.001, r = -0.875 / 1.25 = -0.7.
    const link = sentimentReturnLink(prices, sentiment, undefined, '2025-06-10');
    expect(link.nextDayDays).toBe(5);
    expect(link.nextDay).toBeCloseTo(-0.7, 10);
  });

  it('`from` keeps only the trading days after the range start', () => {
    // From 06-04: changes on 06-05 .. 06-10 = 0, 12.5, -12.5, 25 with returns 0, .01, -.01, .02.
    const link = sentimentReturnLink(prices, sentiment, '2025-06-04', '2025-06-10');
    expect(link.sameDayDays).toBe(4);
    expect(link.sameDay).toBeCloseTo(1, 10);
    // Next day: x = 0, 12.5, -12.5 (mean 0) against y = .01, -.01, .02: sxy = 0 - 0.125 - 0.25
    // = -0.375, sxx = 312.5, syy = 0.0006 - 3 (0.02 / 3)^2 = 0.0014 / 3,
    // r = -0.375 / sqrt(0.4375 / 3) = -sqrt(27/28) = -0.98198.
    expect(link.nextDayDays).toBe(3);
    expect(link.nextDay).toBeCloseTo(-Math.sqrt(27 / 28), 10);
  });

  it('a `from` on a non-trading day starts after the last trading day before it', () => {
    // Saturday 06-07: the first change counted is 06-06 -> 06-09.
    const link = sentimentReturnLink(prices, sentiment, '2025-06-07', '2025-06-10');
    expect(link.sameDayDays).toBe(2);
    expect(link.sameDay).toBeUndefined();
    expect(link.nextDayDays).toBe(1);
    expect(link.nextDay).toBeUndefined();
  });

  it('`to` ends the range: no next-day return from beyond it', () => {
    // To Sunday 06-08 = as of 06-06. Same day: 4 changes, r = 1. Next day: changes on
    // 06-03 .. 06-05 (25, -25, 0) against returns .. 06-06 (-.02, 0, .01); the 06-06 ->
    // 06-09 return lies after `to`. sxy = -0.5, sxx = 1250, syy = 0.0014 / 3,
    // r = -0.5 / sqrt(1750 / 3000) = -sqrt(3/7).
    const link = sentimentReturnLink(prices, sentiment, undefined, '2025-06-08');
    expect(link.sameDayDays).toBe(4);
    expect(link.sameDay).toBeCloseTo(1, 10);
    expect(link.nextDayDays).toBe(3);
    expect(link.nextDay).toBeCloseTo(-Math.sqrt(3 / 7), 10);
  });

  it('scores on for a week after the last sentiment day, and no further', () => {
    // 06-16 still has 06-10 in its window (score 100); 06-17 has nothing in 06-11..06-17.
    const later = ['2025-06-11', '2025-06-12', '2025-06-13', '2025-06-16', '2025-06-17'];
    const longer = pricesFromReturns([...DATES, ...later], [0.02, -0.02, 0, 0.01, -0.01, 0.02, 0.01, 0.01, -0.01, 0.03, 0.01]);
    expect(scores(sentiment, ['2025-06-16', '2025-06-17'])).toEqual([100, undefined]);
    // Changes on 06-03 .. 06-16: ten trading days with a score on both sides.
    expect(sentimentReturnLink(longer, sentiment, undefined, '2025-06-17').sameDayDays).toBe(10);
  });

  it('days without a score on either side are left out', () => {
    // Sentiment starts 06-02, so the bar on Fri 05-30 has no score.
    //   06-02 ( 5, 5) -> 50;  06-03 (10, 0) -> 75
    //   06-12 ( 2, 2): window 06-06..06-12 holds 4 tagged -> no score
    //   06-13 ( 6, 0): window (8, 2)   -> 80
    //   06-16 ( 0,10): window (8, 12)  -> 40
    //   06-17 (12, 0): window (20, 12) -> 62.5
    const gappy = indexSentiment({
      symbol: 'GAP',
      days: [row('2025-06-02', 5, 5), row('2025-06-03', 10, 0), row('2025-06-12', 2, 2), row('2025-06-13', 6, 0), row('2025-06-16', 0, 10), row('2025-06-17', 12, 0)],
    });
    const dates = ['2025-05-30', '2025-06-02', '2025-06-03', '2025-06-12', '2025-06-13', '2025-06-16', '2025-06-17'];
    expect(scores(gappy, dates)).toEqual([undefined, 50, 75, undefined, 80, 40, 62.5]);
    // Kept (same day): 06-03 (+25, +2.5%), 06-16 (-40, -4%), 06-17 (+22.5, +2.25%): r = 1.
    // The skipped steps carry wild returns (-99%, -50%, +60%) that would break r = 1.
    const closes = [100, 1, 1.025, 0.5125, 0.82, 0.7872, 0.804912];
    const px: PriceSeries = { symbol: 'GAP', bars: dates.map((date, i) => ({ date, close: closes[i]! })) };
    const link = sentimentReturnLink(px, gappy, undefined, '2025-06-17');
    expect(link.symbol).toBe('GAP');
    expect(link.sameDayDays).toBe(3);
    expect(link.sameDay).toBeCloseTo(1, 10);
    // Next day: 06-03 with the 06-03 -> 06-12 return, 06-16 with 06-16 -> 06-17; two pairs.
    expect(link.nextDayDays).toBe(2);
    expect(link.nextDay).toBeUndefined();
  });

  it('a range with no trading days gives no correlation and zero days', () => {
    const link = sentimentReturnLink(prices, sentiment, undefined, '2025-05-01');
    expect(link).toEqual({ symbol: 'TEST', sameDay: undefined, sameDayDays: 0, nextDay: undefined, nextDayDays: 0 });
  });
});

describe('correlationStrength', () => {
  it.each([
    [0, 'no meaningful'],
    [0.09, 'no meaningful'],
    [-0.09, 'no meaningful'],
    [0.1, 'a weak'],
    [-0.29, 'a weak'],
    [0.3, 'a moderate'],
    [0.49, 'a moderate'],
    [-0.5, 'a strong'],
    [1, 'a strong'],
  ] as const)('%s is %s', (r, words) => {
    expect(correlationStrength(r)).toBe(words);
  });
});
