// News from NEWS_SENTIMENT, read two ways: as a symbol's daily sentiment counts (the
// SentimentDay rows the score of docs/definitions.md#sentiment is computed from) and as
// news events, both in the shapes of docs/definitions.md#types.
import { byDate } from '@/domain/dates';
import type { IsoDate, MarketEvent, SentimentDay, SentimentSeries, Ticker } from '@/domain/types';
import { safeUrl } from '@/domain/url';
import type { RangeQuery, RequestOptions } from '../data-adapter';
import { newsCall, type NewsScope } from './calls';
import type { AlphaVantageClient } from './client';
import { inRange } from './range-query';
import { sha256Text } from './source-key';
import { newsSentiment, publishedDate, type NewsArticle } from './wire-formats';

/** The scope's articles published within the range, each once. */
export async function readNewsFeed(client: AlphaVantageClient, scope: NewsScope, q: RangeQuery, o?: RequestOptions): Promise<NewsArticle[]> {
  const body = await client.load(newsCall(scope, q.from), newsSentiment, o);
  // The same article can be listed twice; it is one message and one event.
  const seen = new Set<string>();
  return body.feed.filter((a) => {
    const id = `${a.url}|${a.time_published}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return inRange(publishedDate(a.time_published), q);
  });
}

/**
 * Counts per UTC calendar day of `time_published`: an article whose ticker_sentiment
 * entry for the symbol leans bullish or bearish counts as such, and every article with
 * an entry for the symbol is a message.
 */
export function toSentimentSeries(symbol: Ticker, articles: NewsArticle[]): SentimentSeries {
  const days = new Map<IsoDate, SentimentDay>();
  for (const article of articles) {
    const entry = article.ticker_sentiment.find((t) => t.ticker.toUpperCase() === symbol);
    if (!entry) continue;
    const date = publishedDate(article.time_published);
    const day = days.get(date) ?? { date, bullish: 0, bearish: 0, messages: 0 };
    day.messages += 1;
    const lean = tickerLean(entry.ticker_sentiment_label);
    if (lean === 'bullish') day.bullish += 1;
    if (lean === 'bearish') day.bearish += 1;
    days.set(date, day);
  }
  return { symbol, days: [...days.values()].sort(byDate) };
}

/**
 * One `news` event per article (the same article in several feeds is one event), in
 * publishing order; `symbols` names which of the asked-for symbols it mentions.
 */
export function toMarketEvents(articles: NewsArticle[], symbols: Ticker[]): MarketEvent[] {
  const events = new Map<string, { event: MarketEvent; time: string }>();
  for (const article of articles) {
    // A hash, because an id must be URL-safe and short, and the article's URL is neither.
    const id = `av-${sha256Text(`${article.url}|${article.time_published}`).slice(0, 20)}`;
    if (events.has(id)) continue;
    const mentioned = new Set(article.ticker_sentiment.map((t) => t.ticker.toUpperCase()));
    const event: MarketEvent = {
      id,
      date: publishedDate(article.time_published),
      title: cap(article.title, 300),
      tags: ['news'],
    };
    if (article.summary) event.summary = cap(article.summary, 2000);
    if (article.source) event.source = cap(article.source, 200);
    if (safeUrl(article.url)) event.url = article.url;
    const about = symbols.filter((s) => mentioned.has(s));
    if (about.length > 0) event.symbols = about;
    events.set(id, { event, time: article.time_published });
  }
  return [...events.values()]
    .sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.event.id < b.event.id ? -1 : 1))
    .map((e) => e.event);
}

/**
 * Which way an article leans on a ticker, from its ticker_sentiment_label. Not the
 * domain's sentimentLabel, which names a 0-100 score. Alpha Vantage writes both
 * Somewhat-Bullish and Somewhat_Bullish.
 */
function tickerLean(label: string): 'bullish' | 'bearish' | 'neutral' {
  const normal = label.trim().toLowerCase().replace(/[_\s]+/g, '-');
  if (normal === 'bullish' || normal === 'somewhat-bullish') return 'bullish';
  if (normal === 'bearish' || normal === 'somewhat-bearish') return 'bearish';
  return 'neutral';
}

/** A MarketEvent's length limits (docs/definitions.md#types): a long article is cut, not dropped. */
function cap(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
