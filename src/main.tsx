// Bootstrap: read the view from the URL, start what runs beside the page (the demo's mock
// API while the demo is the source, the charts' code), then render.
// First, before any schema exists: zod without its eval probe, for the CSP.
import './lib/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadCharts } from './app/dashboard';
import { startDemoApiSync } from './app/demo-api-sync';
import { Providers } from './app/providers';
import { startThemeSync } from './app/theme-sync';
import { startUrlSync } from './app/url-sync';
import { createQueryClient } from './lib/query-client';
import './app/styles.css';

startThemeSync();
startUrlSync();
// Both in parallel with the first render and the data, not after them.
startDemoApiSync();
preloadCharts();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers client={createQueryClient()}>
      <App />
    </Providers>
  </StrictMode>,
);
