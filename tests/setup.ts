// Vitest setup: DOM matchers, and the demo API served by MSW for every test.
// Any request no handler answers fails the test: tests never reach a network.
import '@testing-library/jest-dom/vitest';
// jsdom has no IndexedDB; the browser tests use the real one.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/node';

// Two-core CI machines render the whole page slowly; a find* waits up to 5 s, not 1.
configure({ asyncUtilTimeout: 5000 });

// Property tests: one fixed seed, so CI is reproducible and a red run is a real finding.
// Explore new inputs locally with FC_SEED=<any integer> (fast-check prints the seed of a failure).
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261128) });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
