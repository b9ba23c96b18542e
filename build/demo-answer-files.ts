// The demo's prebuilt answers (see demo-answers-plugin.ts): what the mock API answers to
// the requests a view makes first (each symbol's whole history of prices and sentiment,
// the events, the symbol list), by the same functions (mocks/demo-api.ts), keyed by their
// file name. Pure, so tests compare them with the API itself.
import type * as DemoApiModule from '../mocks/demo-api.ts';
type DemoApi = typeof DemoApiModule;

/** The folder of the answers in the build, under the base URL. */
export const DEMO_ANSWERS_DIR = 'demo-api';

/** Every answer: its file name under DEMO_ANSWERS_DIR and the body `api` (mocks/demo-api.ts) sends. */
export function demoAnswers({ getEvents, getPrices, getSentiment, listSymbols }: DemoApi): Map<string, unknown> {
  const answers = new Map<string, unknown>();
  const bodyOf = (result: { ok: boolean; body: unknown }, what: string) => {
    if (!result.ok) throw new Error(`The demo API refused its own ${what}.`);
    return result.body;
  };
  for (const { symbol } of listSymbols().symbols) {
    answers.set(`prices/${symbol}.json`, bodyOf(getPrices({ symbols: [symbol] }), `${symbol} prices`));
    answers.set(`sentiment/${symbol}.json`, bodyOf(getSentiment({ symbols: [symbol] }), `${symbol} sentiment`));
  }
  answers.set('events.json', bodyOf(getEvents({ symbols: [] }), 'events'));
  // What Add symbol suggests, from the first keystroke.
  answers.set('symbols.json', listSymbols());
  return answers;
}
