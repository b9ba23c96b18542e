// Bootstrap: read the view from the URL, start the demo's mock API while the demo is the
// source, then render.
// First: the charts' code on its way (app/preload-charts.ts); zod without its eval probe,
// for the CSP, before any schema exists.
import './app/preload-charts';
import './lib/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startDemoApiSync } from './app/demo-api-sync';
import { Providers } from './app/providers';
import { startThemeSync } from './app/theme-sync';
import { startUrlSync } from './app/url-sync';
import { createQueryClient } from './lib/query-client';
import './app/styles.css';

startThemeSync();
startUrlSync();
startDemoApiSync();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers client={createQueryClient()}>
      <App />
    </Providers>
  </StrictMode>,
);
