// The Tradewinds server this page was served by (`npm run server`): the REST contract at
// its own origin, with live prices and sentiment. It says so with a meta tag in the page
// (server/app.ts); a page from anywhere else has no such source.
import { defineSource } from '../data-source';
import { createRestAdapter } from '../rest/rest-adapter';
import { servedApi } from './served-api';

const baseUrl = servedApi();

export const serverSource =
  baseUrl === undefined
    ? undefined
    : defineSource({
        id: 'server',
        label: 'Live (this server)',
        about: 'This server reads prices and sentiment live and keeps them; it needs no settings here.',
        refresh: { choices: [0, 1, 5, 15] },
        create: () => adapter,
      });

const adapter = baseUrl === undefined ? undefined : createRestAdapter({ id: 'server', label: 'This server', baseUrl });
