// A bare address opens the demo on the same view every time, whose prebuilt answers
// (prebuilt.ts) are known before any of the page's code but the first script has run:
// that script (early.ts) asks for them then, while the rest of the page's code is still
// being fetched and compiled, and the demo adapter's requests for the same files take
// the answers over, each once.
import { DEFAULT_BENCHMARK, DEFAULT_SYMBOLS } from '@/domain/default-view';
import { servedApi } from '../server/served-api';
import { prebuiltAnswer } from './prebuilt';

const early = new Map<string, Promise<Response>>();

/** On a bare address of a page that opens on the demo: its opening view's answers, requested now. */
export function requestOpeningAnswers(): void {
  // Any other address may name other symbols, dates or a source: the page asks itself.
  if (window.location.search !== '' || servedApi() !== undefined) return;
  const files = [
    ...[...new Set([...DEFAULT_SYMBOLS, DEFAULT_BENCHMARK])].map((symbols) => prebuiltAnswer('prices', { symbols })),
    prebuiltAnswer('events', {}),
    ...DEFAULT_SYMBOLS.map((symbols) => prebuiltAnswer('sentiment', { symbols })),
  ];
  for (const file of files) {
    if (!file) continue;
    const answer = fetch(file, { headers: { Accept: 'application/json' } });
    // A failure (offline) is the taker's to report; one nobody takes is no error of the page's.
    answer.catch(() => undefined);
    early.set(file.href, answer);
  }
}

/** fetch, answered by the request made early for the same address if there is one. */
export function fetchOrEarly(url: URL, init: RequestInit): Promise<Response> {
  const answer = early.get(url.href);
  if (!answer) return fetch(url, init);
  early.delete(url.href);
  return answer;
}
