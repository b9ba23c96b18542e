// Vitest setup: DOM matchers, and the demo API served by MSW for every test.
// Any request no handler answers fails the test: tests never reach a network.
import '@testing-library/jest-dom/vitest';
// jsdom has no IndexedDB; the browser tests use the real one.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/node';

// Two-core CI machines render the whole page slowly; a find* waits up to 5 s, not 1.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
