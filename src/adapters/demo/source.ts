// The demo source: the bundled, synthetic sample dataset behind the REST contract, served
// in the browser by the mock service worker (app/use-demo-api.ts starts it) and in tests
// by msw/node. Always set up; nothing to configure.
import { defineSource } from '../data-source';
import { createRestAdapter } from '../rest/rest-adapter';

/** Where the mock API answers. */
export const DEMO_BASE_URL = '/api/v1';

export const demoAdapter = createRestAdapter({ id: 'demo', label: 'Demo', baseUrl: DEMO_BASE_URL });

export const demoSource = defineSource({
  id: 'demo',
  label: 'Demo (sample data)',
  about: 'The demo runs on bundled sample data and needs no settings.',
  // Its story: the figures published that weekend, with the talks and the deadline ahead.
  opening: { to: '2025-07-25', caption: 'the week before the Stockholm talks' },
  create: () => demoAdapter,
});
