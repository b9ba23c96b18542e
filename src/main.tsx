// Bootstrap: read the view from the URL, start the demo's mock API when the demo is
// the source (loaded lazily so users of a real source never download it), render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { Providers } from './app/providers';
import { startUrlSync } from './app/url-sync';
import { createQueryClient } from './lib/query-client';
import { useViewStore } from './stores/view-store';
import './app/styles.css';

async function startDemoApi(): Promise<string | undefined> {
  try {
    const { worker } = await import('../mocks/browser');
    await worker.start({
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
    return undefined;
  } catch (error) {
    return `The sample data could not start in this browser (${error instanceof Error ? error.message : String(error)}). It needs service workers, which private windows and some settings turn off.`;
  }
}

async function main() {
  startUrlSync();
  const startupError = useViewStore.getState().source === 'demo' ? await startDemoApi() : undefined;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Providers client={createQueryClient()}>
        <App startupError={startupError} />
      </Providers>
    </StrictMode>,
  );
}

void main();
