// The demo source in the browser: a service worker answering /api/v1 from the bundled
// dataset. Imported lazily, only while the demo source is active.
import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

export const worker = setupWorker(...handlers);
