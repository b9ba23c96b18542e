// The Sentiment panel as CSV: per day and symbol the 7-day score and volume ratio the
// chart draws, with that day's own counts.
import { describe, expect, it } from 'vitest';
import { addDays } from '@/domain/dates';
import { indexSentiment } from '@/domain/sentiment';
import type { SentimentSeries } from '@/domain/types';
import { sentimentCsvTable } from '@/features/sentiment/sentiment-csv';
import { toCsv } from '@/lib/csv';

const spy: SentimentSeries = {
  symbol: 'SPY',
  days: [
    { date: '2025-01-01', bullish: 3, bearish: 1, messages: 10 },
    { date: '2025-01-02', bullish: 2, bearish: 0, messages: 5 },
    // No row on the 3rd: nobody posted.
    { date: '2025-01-04', bullish: 0, bearish: 4, messages: 6 },
  ],
};
const qqq: SentimentSeries = { symbol: 'QQQ', days: [{ date: '2025-01-03', bullish: 5, bearish: 0, messages: 7 }] };

describe('sentimentCsvTable', () => {
  it('writes each day by date then symbol: score over 7 days (blank under 5 tagged messages), and the day’s counts', () => {
    const indexes = new Map([spy, qqq].map((s) => [s.symbol, indexSentiment(s)]));
    const csv = toCsv(sentimentCsvTable(indexes, ['SPY', 'QQQ'], '2024-12-31', '2025-01-05'));
    expect(csv.split('\r\n')).toEqual([
      'date,symbol,score (7 days),bullish,bearish,messages,message volume (x normal)',
      '2025-01-01,SPY,,3,1,10,',
      '2025-01-02,SPY,83.33,2,0,5,',
      '2025-01-03,SPY,83.33,0,0,0,',
      '2025-01-03,QQQ,100,5,0,7,',
      '2025-01-04,SPY,50,0,4,6,',
      '2025-01-04,QQQ,100,0,0,0,',
      '2025-01-05,SPY,50,0,0,0,',
      '2025-01-05,QQQ,100,0,0,0,',
    ]);
  });

  it('writes the message volume against the 90-day normal once there is a month of history', () => {
    const days = Array.from({ length: 41 }, (_, i) => ({ date: addDays('2025-01-01', i), bullish: 1, bearish: 0, messages: i === 40 ? 30 : 10 }));
    const indexes = new Map([['SPY', indexSentiment({ symbol: 'SPY', days })]]);
    const last = toCsv(sentimentCsvTable(indexes, ['SPY'], '2025-02-10', '2025-02-10')).split('\r\n')[1];
    // Mean of the last 7 days (six of 10 and one of 30) over the median of the days before (10).
    expect(last).toBe(`2025-02-10,SPY,100,1,0,30,${Math.round(((6 * 10 + 30) / 7 / 10) * 1000) / 1000}`);
  });
});
