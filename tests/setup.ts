// Vitest setup: DOM matchers, the demo API served by MSW for every test, and the console
// gate. Any request no handler answers fails the test: tests never reach a network.
// Any console.error or console.warn a test did not allow (tests/console.ts) fails it too.
import '@testing-library/jest-dom/vitest';
// jsdom has no IndexedDB; the browser tests use the real one.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { server } from '../mocks/node';
import { checkConsole, installConsoleGate } from './console';

// Two-core CI machines render the whole page slowly; a find* waits up to 5 s, not 1.
configure({ asyncUtilTimeout: 5000 });

// Property tests: one fixed seed, so CI is reproducible and a red run is a real finding.
// Explore new inputs locally with FC_SEED=<any integer> (fast-check prints the seed of a failure).
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261128) });

const restoreConsole = installConsoleGate();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => checkConsole('after the previous test ended, before this one started'));
// Hooks run last-registered first: this one runs after each test file's own afterEach,
// so the page is unmounted, and the console checked, after those have run too.
afterEach(() => {
  cleanup();
  server.resetHandlers();
  checkConsole('during this test');
});
afterAll(() => {
  server.close();
  restoreConsole();
  checkConsole('after the last test of this file');
});
