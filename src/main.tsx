// Bootstrap: read the view from the URL, start what the first view needs (the charts'
// code, the demo's data) and the demo's mock API while the demo is the source, then render
// once they are in (or after a short wait).
// First: what the first view asks for at once (early.ts; in the build, a script of its own
// that has run before this one: build/early-script-plugin.ts), and zod without its eval
// probe, for the CSP, before any schema exists.
import './early';
import './lib/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startDemoApiSync } from './app/demo-api-sync';
import { startFirstView } from './app/first-view';
import { Providers } from './app/providers';
import { startThemeSync } from './app/theme-sync';
import { startUrlSync } from './app/url-sync';
import { createQueryClient } from './lib/query-client';
import './app/styles.css';

startThemeSync();
startUrlSync();
const client = createQueryClient();
// In parallel with the page's code, not after its first render: the charts' code and the
// demo's data; the demo's mock API once they are in.
// (Started by the demo's sync, which first marks its mock API as not up yet.)
let firstView: Promise<unknown> = Promise.resolve();
startDemoApiSync(() => (firstView = startFirstView(client)));
// The first render waits a moment for them: the page is then drawn once, with its figures
// and charts, rather than as placeholders first and all over again about 100 ms later
// (the placeholders' render, layout and paint came before the data's on a first load).
const FIRST_RENDER_WAIT_MS = 400;
void Promise.race([firstView, new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Providers client={client}>
        <App />
      </Providers>
    </StrictMode>,
  ),
);
