// Where a demo request goes: to the mock API once it is up; before that, when the build
// wrote its answer (build/demo-answer-files.ts: one symbol's whole history of prices or
// sentiment, the events, the symbol list), to that file, so the first view need not wait
// for the service worker; anything else waits for the worker. The files hold exactly what
// the API would answer, so the adapter reads them the same way.
import { DEMO_ANSWERS_DIR, PREBUILT_SYMBOLS } from 'virtual:demo-answers';
import { resolveUrl } from '../http';
import { mockApiState, mockApiUp } from './mock-api';

type Params = Record<string, string | undefined>;

const prebuiltSymbols = new Set(PREBUILT_SYMBOLS);

/** The static file holding the answer to `path` with `params`, if the build wrote one. */
export function prebuiltAnswer(path: string, params: Params): URL | undefined {
  const given = Object.entries(params).filter(([, value]) => value !== undefined);
  const dir = `${import.meta.env.BASE_URL}${DEMO_ANSWERS_DIR}`;
  if ((path === 'events' || path === 'symbols') && given.length === 0) return resolveUrl(`${dir}/${path}.json`);
  const symbol = params.symbols;
  if ((path === 'prices' || path === 'sentiment') && given.length === 1 && symbol && prebuiltSymbols.has(symbol)) {
    return resolveUrl(`${dir}/${path}/${symbol}.json`);
  }
  return undefined;
}

/** The URL to fetch for a request whose mock API address is `api`. */
export async function routeDemoRequest(api: URL, path: string, params: Params, signal?: AbortSignal): Promise<URL> {
  if (mockApiState().state === 'up') return api;
  const file = prebuiltAnswer(path, params);
  if (file) return file;
  await mockApiUp(signal);
  return api;
}
