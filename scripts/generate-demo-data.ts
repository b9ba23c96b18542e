// CLI behind `npm run demo-data`: writes the synthetic demo dataset to mocks/data/prices.json
// and mocks/data/sentiment.json, and prints a one-line sanity summary per symbol of each so a
// regenerated file can be eyeballed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addDays } from '../src/domain/dates';
import { indexSentiment, readingAt } from '../src/domain/sentiment';
import { generateDemoPrices } from './demo-data/prices';
import { generateDemoSentiment } from './demo-data/sentiment';

const OUTPUT = new URL('../mocks/data/prices.json', import.meta.url);
const SENTIMENT_OUTPUT = new URL('../mocks/data/sentiment.json', import.meta.url);
const YTD_BASE = '2024-12-31';
const YTD_DATE = '2025-07-25';

function percent(value: number, digits: number): string {
  const text = `${(value * 100).toFixed(digits)}%`;
  return value >= 0 ? `+${text}` : text;
}

function annualisedVol(close: readonly number[]): number {
  const returns: number[] = [];
  for (let t = 1; t < close.length; t++) returns.push(Math.log((close[t] ?? 0) / (close[t - 1] ?? 1)));
  const mean = returns.reduce((a, b) => a + b, 0) / returns.length;
  const variance = returns.reduce((a, b) => a + (b - mean) ** 2, 0) / (returns.length - 1);
  return Math.sqrt(variance * 252);
}

const data = generateDemoPrices();
mkdirSync(new URL('.', OUTPUT), { recursive: true });
// Compact on purpose: the file ships with the demo build.
writeFileSync(OUTPUT, `${JSON.stringify(data)}\n`);

const base = data.dates.indexOf(YTD_BASE);
const ytd = data.dates.indexOf(YTD_DATE);
for (const s of data.symbols) {
  const first = s.adjClose[0] ?? 1;
  const last = s.adjClose[s.adjClose.length - 1] ?? 0;
  const ytdReturn = (s.close[ytd] ?? 0) / (s.close[base] ?? 1) - 1;
  console.log(
    `${s.symbol.padEnd(5)} YTD ${YTD_DATE} ${percent(ytdReturn, 2).padStart(8)}` +
      `  total return 2015-2025 ${percent(last / first - 1, 1).padStart(8)}` +
      `  vol ${(annualisedVol(s.close) * 100).toFixed(1)}%`,
  );
}
console.log(`wrote ${fileURLToPath(OUTPUT)} (${data.dates.length} trading days, ${data.symbols.length} symbols)`);

// Sentiment: derived from the prices just generated (it reads their recent returns).
const sentiment = generateDemoSentiment(data);
writeFileSync(SENTIMENT_OUTPUT, `${JSON.stringify(sentiment)}\n`);

const calendar = (sentiment.symbols[0]?.messages ?? []).map((_, i) => addDays(sentiment.start, i));
for (const s of sentiment.symbols) {
  const days = calendar.map((date, i) => ({ date, bullish: s.bullish[i] ?? 0, bearish: s.bearish[i] ?? 0, messages: s.messages[i] ?? 0 }));
  const reading = readingAt(indexSentiment({ symbol: s.symbol, days }), YTD_DATE);
  const score = reading?.score === undefined ? 'no score' : `${reading.score.toFixed(1)} ${reading.label ?? ''}`;
  const volume = reading?.volumeRatio === undefined ? 'no volume' : `${reading.volumeRatio.toFixed(2)} ${reading.volumeLabel ?? ''}`;
  console.log(`${s.symbol.padEnd(5)} sentiment ${YTD_DATE} ${score.padEnd(22)} message volume ${volume}`);
}
console.log(`wrote ${fileURLToPath(SENTIMENT_OUTPUT)} (${calendar.length} calendar days from ${sentiment.start}, ${sentiment.symbols.length} symbols)`);
