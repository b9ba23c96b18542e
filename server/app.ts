// The whole server as one Hono app: the REST contract at /api/v1 and the built dashboard at
// /, whose page is told it is served here (a meta tag), so it opens on this server's live
// data rather than on the sample data.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { createApi, type ApiDeps } from './api';

/** The meta tag the dashboard looks for (src/adapters/server/source.ts). */
export const SERVED_BY_META = '<meta name="tradewinds-api" content="/api/v1">';

export function createApp(deps: ApiDeps & { distDir: string }): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    // What a <meta> policy cannot say (the page carries the rest of its CSP).
    c.header('Content-Security-Policy', "frame-ancestors 'none'");
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });
  app.route('/api/v1', createApi(deps));

  const index = join(deps.distDir, 'index.html');
  if (!existsSync(index)) {
    app.get('/', (c) => c.text('The dashboard is not built yet: run `npm run build`, then start the server again. The API is at /api/v1.', 503));
    return app;
  }
  const page = readFileSync(index, 'utf8').replace('</head>', `  ${SERVED_BY_META}\n  </head>`);
  const sendPage = (c: Context) => c.html(page);
  app.get('/', sendPage);
  app.get('/index.html', sendPage);
  app.use('*', serveStatic({ root: deps.distDir }));
  return app;
}
