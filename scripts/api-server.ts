// `npm run api`: the demo API over real HTTP, from the same MSW handlers that serve the
// browser demo and the tests. Try the REST source against it, or copy it as the
// template of a backend. Set API_TOKEN to require `Authorization: Bearer <token>`.
import { createMiddleware } from '@mswjs/http-middleware';
import express, { type NextFunction, type Request, type Response } from 'express';
import { handlers } from '../mocks/handlers';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 8787);
const token = process.env.API_TOKEN;

const app = express();

// Any origin may read it: the dashboard runs on another port or host.
app.use((req: Request, res: Response, next: NextFunction) => {
  res.set({
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type',
    'Access-Control-Allow-Methods': 'GET, OPTIONS',
  });
  if (req.method === 'OPTIONS') {
    res.sendStatus(204);
    return;
  }
  next();
});

if (token) {
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.get('Authorization') === `Bearer ${token}`) return next();
    res.status(401).json({ error: { code: 'unauthorized', message: 'A valid bearer token is required.' } });
  });
}

app.use(createMiddleware(...handlers));
app.use((req: Request, res: Response) => {
  res.status(404).json({ error: { code: 'not_found', message: `No route ${req.method} ${req.path}` } });
});

app.listen(port, host, () => {
  console.log(`Tradewinds demo API on http://${host}:${port}/api/v1${token ? ' (bearer token required)' : ''}`);
});
