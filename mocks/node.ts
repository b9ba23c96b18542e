// The same handlers for tests (msw/node intercepts fetch in jsdom and node).
import { setupServer } from 'msw/node';
import { handlers } from './handlers';

export const server = setupServer(...handlers);
