// The demo source: the bundled, synthetic sample dataset behind the REST contract, served
// in the browser by the mock service worker (app/demo-api-sync.ts starts it; the first
// view reads prebuilt answers meanwhile: prebuilt.ts) and in tests by msw/node. Always set
// up; nothing to configure.
import type { DataAdapter } from '../data-adapter';
import { isDataSourceError } from '../data-adapter';
import { defineSource } from '../data-source';
import { createRestAdapter } from '../rest/rest-adapter';
import { fetchOrEarly } from './early-answers';
import { mockApiUp } from './mock-api';
import { routeDemoRequest } from './prebuilt';

/** Where the mock API answers. */
export const DEMO_BASE_URL = '/api/v1';

const api = createRestAdapter({ id: 'demo', label: 'Demo', baseUrl: DEMO_BASE_URL, route: routeDemoRequest, fetch: fetchOrEarly });

export const demoAdapter: DataAdapter = {
  ...api,
  // Connected once the mock API itself answers; the health check waits for it without
  // starting it sooner (the first view reads its prebuilt answers meanwhile).
  async checkHealth() {
    try {
      await mockApiUp(undefined, false);
    } catch (error) {
      return { ok: false, message: isDataSourceError(error) ? error.message : 'Demo could not be checked.' };
    }
    return api.checkHealth();
  },
};

export const demoSource = defineSource({
  id: 'demo',
  label: 'Demo (sample data)',
  about: 'The demo runs on bundled sample data and needs no settings.',
  // Its story: the figures published that weekend, with the talks and the deadline ahead.
  opening: { to: '2025-07-25', caption: 'the week before the Stockholm talks' },
  create: () => demoAdapter,
});
