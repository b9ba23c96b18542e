// @vitest-environment node
// Sentiment score, labels and message volume (docs/definitions.md#sentiment), each checked
// against numbers worked out by hand on small made-up series of daily counts.
import { addDays } from '@/domain/dates';
import { median } from '@/domain/median';
import {
  gaugeReading,
  indexSentiment,
  readingAt,
  readingsBetween,
  sentimentLabel,
  volumeLabel,
  type SentimentIndex,
  type SentimentReading,
} from '@/domain/sentiment';
import type { SentimentDay } from '@/domain/types';

function row(date: string, bullish: number, bearish: number, messages = bullish + bearish): SentimentDay {
  return { date, bullish, bearish, messages };
}

function index(days: SentimentDay[], symbol = 'TEST'): SentimentIndex {
  return indexSentiment({ symbol, days });
}

/** One row per calendar day from `start`, with these message counts and no tagged messages. */
function dailyMessages(counts: readonly number[], start = '2025-01-01'): SentimentIndex {
  return index(counts.map((messages, i) => row(addDays(start, i), 0, 0, messages)));
}

/** `count` copies of `value`. */
function repeat(value: number, count: number): number[] {
  return Array.from({ length: count }, () => value);
}

function read(idx: SentimentIndex, date: string): SentimentReading {
  const r = readingAt(idx, date);
  if (!r) throw new Error(`expected a reading on ${date}`);
  return r;
}

describe('sentimentLabel', () => {
  it.each([
    [0, 'Extremely bearish'],
    [19.99, 'Extremely bearish'],
    [20, 'Bearish'],
    [39.99, 'Bearish'],
    [40, 'Neutral'],
    [60, 'Neutral'],
    [60.01, 'Bullish'],
    [80, 'Bullish'],
    [80.01, 'Extremely bullish'],
    [100, 'Extremely bullish'],
  ] as const)('%s is %s', (score, label) => {
    expect(sentimentLabel(score)).toBe(label);
  });
});

describe('volumeLabel', () => {
  it.each([
    [0, 'Low'],
    [0.7499, 'Low'],
    [0.75, 'Normal'],
    [1.5, 'Normal'],
    [1.5001, 'High'],
    [3, 'High'],
    [3.0001, 'Extremely high'],
  ] as const)('%s is %s', (ratio, label) => {
    expect(volumeLabel(ratio)).toBe(label);
  });
});

describe('score', () => {
  it('counts the 7 calendar days d-6..d, not the 8th day back', () => {
    // d = 2025-03-10. d-7 (03-03) holds 100 bearish that must not count; d-6 (03-04) counts.
    const idx = index([row('2025-03-03', 0, 100), row('2025-03-04', 3, 1), row('2025-03-10', 1, 5)]);
    const r = read(idx, '2025-03-10');
    expect(r.bullish).toBe(4);
    expect(r.bearish).toBe(6);
    expect(r.score).toBe(40); // 100 x 4 / 10
    expect(r.label).toBe('Neutral');

    // One day later d-6 (03-04) drops out: 1 bullish, 5 bearish.
    const next = read(idx, '2025-03-11');
    expect(next.bullish).toBe(1);
    expect(next.bearish).toBe(5);
    expect(next.score).toBeCloseTo(100 / 6, 12);
    expect(next.label).toBe('Extremely bearish');
  });

  it('a window with missing rows sums only the days present (a gap is no messages, not a repeat)', () => {
    const idx = index([
      row('2025-03-01', 0, 0),
      row('2025-03-04', 2, 0, 10),
      row('2025-03-07', 1, 1, 4),
      row('2025-03-10', 3, 1, 7),
    ]);
    const r = read(idx, '2025-03-10');
    expect(r.bullish).toBe(6);
    expect(r.bearish).toBe(2);
    expect(r.score).toBe(75);
    expect(r.label).toBe('Bullish');
    expect(r.meanMessages).toBe(3); // (10 + 4 + 7) / 7
  });

  it('fewer than 5 tagged messages: no score and no label; 5 gives a score', () => {
    const four = read(index([row('2025-03-01', 3, 1, 50)]), '2025-03-03');
    expect(four.bullish).toBe(3);
    expect(four.bearish).toBe(1);
    expect(four.score).toBeUndefined();
    expect(four.label).toBeUndefined();

    const five = read(index([row('2025-03-01', 4, 1, 50)]), '2025-03-03');
    expect(five.score).toBe(80);
    expect(five.label).toBe('Bullish');
  });

  it('untagged messages do not enter the score', () => {
    const r = read(index([row('2025-03-01', 3, 3, 1000)]), '2025-03-01');
    expect(r.score).toBe(50);
  });

  it('before the series starts there is no reading; an empty series has none', () => {
    const idx = index([row('2025-03-01', 5, 5)]);
    expect(readingAt(idx, '2025-02-28')).toBeUndefined();
    expect(readingAt(idx, '2025-01-01')).toBeUndefined();
    expect(readingAt(index([]), '2025-03-01')).toBeUndefined();
  });

  it('after the last row the trailing days count as zero', () => {
    const idx = index([row('2025-03-01', 10, 0, 10), row('2025-03-02', 2, 2, 7), row('2025-03-03', 0, 4, 7)]);
    // 03-08 covers 03-02..03-08: only 03-02 and 03-03 hold messages.
    const r = read(idx, '2025-03-08');
    expect(r.bullish).toBe(2);
    expect(r.bearish).toBe(6);
    expect(r.score).toBe(25);
    expect(r.label).toBe('Bearish');
    expect(r.meanMessages).toBe(2);
    // 03-10 covers 03-04..03-10: nothing at all, a reading without a score.
    const empty = read(idx, '2025-03-10');
    expect(empty.date).toBe('2025-03-10');
    expect(empty.bullish).toBe(0);
    expect(empty.bearish).toBe(0);
    expect(empty.meanMessages).toBe(0);
    expect(empty.score).toBeUndefined();
  });
});

describe('message volume ratio', () => {
  it('constant 100 a day for 120 days, then 200 a day for 7: ratio 2, High', () => {
    const idx = dailyMessages([...repeat(100, 120), ...repeat(200, 7)]);
    const last = read(idx, addDays('2025-01-01', 126));
    expect(last.meanMessages).toBe(200);
    expect(last.volumeRatio).toBe(2);
    expect(last.volumeLabel).toBe('High');

    const before = read(idx, addDays('2025-01-01', 119));
    expect(before.volumeRatio).toBe(1);
    expect(before.volumeLabel).toBe('Normal');
  });

  it('the normal is the median of exactly the 90 days before the window', () => {
    // Window = days 120..126 (200 a day), baseline = days 30..119: 45 days of 50 (30..74)
    // and 45 days of 150 (75..119), median 100 -> ratio 2. Counting day 29 (50) too would
    // give a median of 50 (ratio 4); dropping day 30 would give 150 (ratio 4/3); letting
    // window days in would raise it.
    const idx = dailyMessages([...repeat(50, 75), ...repeat(150, 45), ...repeat(200, 7)]);
    const r = read(idx, addDays('2025-01-01', 126));
    expect(r.meanMessages).toBe(200);
    expect(r.volumeRatio).toBe(2);
    expect(r.volumeLabel).toBe('High');
  });

  it('the window mean is sum / 7', () => {
    // Baseline 100 a day; window 0, 0, 0, 0, 0, 0, 350: mean 50, ratio 0.5, Low.
    const idx = dailyMessages([...repeat(100, 120), ...repeat(0, 6), 350]);
    const r = read(idx, addDays('2025-01-01', 126));
    expect(r.meanMessages).toBe(50);
    expect(r.volumeRatio).toBe(0.5);
    expect(r.volumeLabel).toBe('Low');
  });

  it('29 days of history before the window: no ratio, no label; 30 days: a ratio over those 30 days', () => {
    // Days 0..14 at 50, 15..29 at 150, 30..36 at 100.
    const idx = dailyMessages([...repeat(50, 15), ...repeat(150, 15), ...repeat(100, 7)]);
    // Reading at day 35: window 29..35, history = days 0..28 (29 days).
    const short = read(idx, addDays('2025-01-01', 35));
    expect(short.volumeRatio).toBeUndefined();
    expect(short.volumeLabel).toBeUndefined();
    expect(short.meanMessages).toBeCloseTo(750 / 7, 12);
    // Reading at day 36: window 30..36, history = days 0..29 only: 15 x 50 and 15 x 150,
    // median 100 (a day before the series start counted as 0 would make it 50).
    const enough = read(idx, addDays('2025-01-01', 36));
    expect(enough.meanMessages).toBe(100);
    expect(enough.volumeRatio).toBe(1);
    expect(enough.volumeLabel).toBe('Normal');
  });

  it('a zero median gives no ratio (missing days are zero, not filled forward)', () => {
    // Rows on day 0 and day 40 only; the baseline days 0..33 are nearly all empty.
    const idx = index([row('2025-01-01', 0, 0, 100), row(addDays('2025-01-01', 40), 0, 0, 700)]);
    const r = read(idx, addDays('2025-01-01', 40));
    expect(r.meanMessages).toBe(100);
    expect(r.volumeRatio).toBeUndefined();
    expect(r.volumeLabel).toBeUndefined();
  });
});

describe('median', () => {
  it('odd, even, empty', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it('sorts numerically and leaves its input alone', () => {
    const values = [10, 9, 100, 2];
    expect(median(values)).toBe(9.5);
    expect(values).toEqual([10, 9, 100, 2]);
  });
});

describe('gaugeReading', () => {
  // An anchor row a long way back (so the year-ago date is inside the series), 60 on
  // 2025-03-20 and 90 on 2025-03-28.
  const idx = index([row('2024-01-01', 0, 0), row('2025-03-20', 6, 4), row('2025-03-28', 9, 1)]);

  it('now, a week ago and the change in points', () => {
    const g = gaugeReading(idx, '2025-03-31');
    expect(g.now?.date).toBe('2025-03-31');
    expect(g.now?.score).toBe(90);
    expect(g.now?.label).toBe('Extremely bullish');
    expect(g.weekAgo?.date).toBe('2025-03-24');
    expect(g.weekAgo?.score).toBe(60);
    expect(g.change).toBe(30);
  });

  it('a negative change', () => {
    const falling = index([row('2025-03-01', 9, 1), row('2025-03-08', 1, 4)]);
    const g = gaugeReading(falling, '2025-03-08');
    expect(g.now?.score).toBe(20);
    expect(g.weekAgo?.score).toBe(90);
    expect(g.change).toBe(-70);
  });

  it('month and year ago clamp the day of the month', () => {
    const g = gaugeReading(idx, '2025-03-31');
    expect(g.monthAgo?.date).toBe('2025-02-28');
    expect(g.monthAgo?.score).toBeUndefined();
    expect(g.yearAgo?.date).toBe('2024-03-31');

    const april = gaugeReading(idx, '2025-04-20');
    expect(april.monthAgo?.date).toBe('2025-03-20');
    expect(april.monthAgo?.score).toBe(60);
  });

  it('no change when the week-ago reading has no score', () => {
    const g = gaugeReading(idx, '2025-03-22');
    expect(g.now?.score).toBe(60);
    expect(g.weekAgo?.date).toBe('2025-03-15');
    expect(g.weekAgo?.score).toBeUndefined();
    expect(g.change).toBeUndefined();
  });

  it('the sparkline: 30 days ending on the date, oldest first, undefined where no score', () => {
    const g = gaugeReading(idx, '2025-03-31');
    expect(g.sparkline).toHaveLength(30);
    expect(g.sparkline[0]!.date).toBe('2025-03-02');
    expect(g.sparkline[29]!.date).toBe('2025-03-31');
    for (let i = 0; i < 30; i++) expect(g.sparkline[i]!.date).toBe(addDays('2025-03-02', i));
    // 03-02..03-19: nothing; 03-20..03-26: the 60 row in the window; 03-27: neither;
    // 03-28..03-31: the 90 row.
    const none = (n: number): undefined[] => Array.from({ length: n }, () => undefined);
    const expected = [...none(18), ...repeat(60, 7), ...none(1), ...repeat(90, 4)];
    expect(g.sparkline.map((p) => p.score)).toEqual(expected);
    expect(g.sparkline.filter((p) => p.score !== undefined)).toHaveLength(11);
  });

  it('before the series: no now, no change, an empty sparkline of 30 days', () => {
    const g = gaugeReading(idx, '2023-06-30');
    expect(g.now).toBeUndefined();
    expect(g.change).toBeUndefined();
    expect(g.sparkline).toHaveLength(30);
    expect(g.sparkline.every((p) => p.score === undefined)).toBe(true);
  });
});

describe('readingsBetween', () => {
  const idx = index([row('2025-02-20', 0, 0), row('2025-03-28', 9, 1)]);

  it('one reading per calendar day, inclusive of both ends', () => {
    const rs = readingsBetween(idx, '2025-03-29', '2025-03-31');
    expect(rs.map((r) => r.date)).toEqual(['2025-03-29', '2025-03-30', '2025-03-31']);
    expect(rs.map((r) => r.score)).toEqual([90, 90, 90]);
  });

  it('across a month end (2025 is not a leap year)', () => {
    const rs = readingsBetween(idx, '2025-02-27', '2025-03-02');
    expect(rs.map((r) => r.date)).toEqual(['2025-02-27', '2025-02-28', '2025-03-01', '2025-03-02']);
  });

  it('a single day, and nothing when from is after to', () => {
    expect(readingsBetween(idx, '2025-03-28', '2025-03-28').map((r) => r.date)).toEqual(['2025-03-28']);
    expect(readingsBetween(idx, '2025-03-29', '2025-03-28')).toEqual([]);
  });
});
