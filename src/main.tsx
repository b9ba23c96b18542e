// Bootstrap: read the view from the URL, then render. The demo's mock API starts from
// inside the app (app/use-demo-api.ts), only while the demo is the source.
// First, before any schema exists: zod without its eval probe, for the CSP.
import './lib/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Providers } from './app/providers';
import { Root } from './app/root';
import { startThemeSync } from './app/theme-sync';
import { startUrlSync } from './app/url-sync';
import { createQueryClient } from './lib/query-client';
import './app/styles.css';

startThemeSync();
startUrlSync();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers client={createQueryClient()}>
      <Root />
    </Providers>
  </StrictMode>,
);
