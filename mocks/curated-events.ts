// The 2025 events both the demo and `npm run server` serve: real dates, titles and summaries
// written for this project (mocks/data/events.json), typed as the contract's MarketEvent.
import type { MarketEvent } from '../src/domain/types';
import eventData from './data/events.json';

export const curatedEvents: readonly MarketEvent[] = eventData.events.map(({ importance, ...event }) =>
  // A JSON import types `importance` as any string: narrowed here, where it reaches the contract's type
  // (tests/mocks/demo-events.test.ts holds the file to the app's schema, so nothing is dropped).
  importance === 'major' || importance === 'minor' ? { ...event, importance } : event,
);
