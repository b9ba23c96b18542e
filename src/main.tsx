// Bootstrap: read the view from the URL, start what the first view needs (the charts'
// code, the demo's data) and the demo's mock API while the demo is the source, then render.
// First: the charts' code on its way (app/preload-charts.ts); zod without its eval probe,
// for the CSP, before any schema exists.
import './app/preload-charts';
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
// In parallel with the first render, not after it: the charts' code and the demo's data;
// the demo's mock API once they are in.
startDemoApiSync(() => startFirstView(client));
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers client={client}>
      <App />
    </Providers>
  </StrictMode>,
);
