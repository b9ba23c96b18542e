// Each panel's error boundary: a panel that throws while rendering says so with Retry,
// and the panels next to it go on working; Retry re-runs a failed query thrown into it,
// and loads again a code-split panel whose chunk failed.
import { useQuery } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { useState, type ComponentType } from 'react';
import { expect, it, vi } from 'vitest';
import { createRestAdapter } from '@/adapters/rest/rest-adapter';
import { Panel } from '@/ui/primitives/panel';
import { PanelErrorBoundary } from '@/ui/primitives/panel-error-boundary';
import { retriableLazy, type RetriableLazy } from '@/ui/primitives/retriable-lazy';
import { Suspense } from 'react';
import { server } from '../../mocks/node';
import { allowConsole } from '../console';
import { renderWithProviders } from '../utils';

// React reports every error a boundary catches with console.error (a developer needs
// the stack); the person sees the panel's message. Each test allows the report it causes.

let broken = true;
function Fragile() {
  if (broken) throw new TypeError("Cannot read properties of undefined (reading 'close')");
  return <p>Chart drawn</p>;
}

function Counter() {
  const [count, setCount] = useState(0);
  return <button onClick={() => setCount((c) => c + 1)}>Clicked {count} times</button>;
}

it('shows a render error in its own panel with Retry, while the panel next to it keeps working', async () => {
  const user = userEvent.setup();
  broken = true;
  allowConsole('error', /TypeError: Cannot read properties of undefined \(reading 'close'\).*The above error occurred in the <Fragile> component/s);
  renderWithProviders(
    <>
      <Panel title="Performance">
        <Fragile />
      </Panel>
      <Panel title="Returns">
        <Counter />
      </Panel>
    </>,
  );
  const failed = screen.getByRole('region', { name: 'Performance' });
  expect(within(failed).getByRole('alert')).toHaveTextContent("This panel failed: Cannot read properties of undefined (reading 'close')");

  const returns = screen.getByRole('region', { name: 'Returns' });
  await user.click(within(returns).getByRole('button', { name: 'Clicked 0 times' }));
  expect(within(returns).getByRole('button', { name: 'Clicked 1 times' })).toBeVisible();

  broken = false;
  await user.click(within(failed).getByRole('button', { name: 'Retry' }));
  expect(within(failed).getByText('Chart drawn')).toBeVisible();
  expect(within(failed).queryByRole('alert')).toBeNull();
});

it('re-runs a failed query thrown into the boundary when Retry is pressed', async () => {
  const user = userEvent.setup();
  let requests = 0;
  server.use(
    http.get('http://api.test/v1/prices', () =>
      ++requests === 1
        ? HttpResponse.json({ error: { code: 'internal', message: 'database unavailable' } }, { status: 500 })
        : HttpResponse.json({ series: [{ symbol: 'SPY', bars: [{ date: '2025-07-25', close: 637.1 }] }] }),
    ),
  );
  allowConsole('error', /DataSourceError: My API \(\/v1\/prices\): database unavailable.*The above error occurred in the <Prices> component/s);
  const adapter = createRestAdapter({ id: 'rest', label: 'My API', baseUrl: 'http://api.test/v1' });
  function Prices() {
    const { data } = useQuery({
      queryKey: ['boundary-prices'],
      queryFn: ({ signal }) => adapter.getPrices({ symbols: ['SPY'] }, { signal }),
      throwOnError: true,
    });
    return <p>{data ? `${data[0]!.symbol} closed at ${data[0]!.bars[0]!.close}` : 'Loading'}</p>;
  }
  renderWithProviders(
    <Panel title="Performance">
      <Prices />
    </Panel>,
  );
  const panel = screen.getByRole('region', { name: 'Performance' });
  // A data error reads as the source's own sentence.
  expect(await within(panel).findByRole('alert')).toHaveTextContent(/^My API \(\/v1\/prices\): database unavailableRetry$/);
  await user.click(within(panel).getByRole('button', { name: 'Retry' }));
  expect(await within(panel).findByText('SPY closed at 637.1')).toBeVisible();
  expect(requests).toBe(2);
});

/** A code-split panel as the page places one: in its error boundary, with Retry for its code. */
function renderLazyPanel(Lazy: RetriableLazy<object>) {
  renderWithProviders(
    <PanelErrorBoundary onRetry={Lazy.retry}>
      <Suspense fallback={<p>Loading the event window…</p>}>
        <Lazy />
      </Suspense>
    </PanelErrorBoundary>,
  );
}

it('loads a code-split panel again on Retry after its chunk failed to load', async () => {
  const user = userEvent.setup();
  // Safari's words, which name no chunk: Retry imports through `load` again.
  const load = vi
    .fn<() => Promise<{ default: ComponentType<object> }>>()
    .mockRejectedValueOnce(new TypeError('Importing a module script failed.'))
    .mockResolvedValue({ default: () => <p>Event window drawn</p> });
  const EventWindow = retriableLazy(load, (m) => m.default);
  allowConsole('error', /TypeError: Importing a module script failed\..*The above error occurred/s);
  renderLazyPanel(EventWindow);
  expect(await screen.findByRole('alert')).toHaveTextContent('This panel could not be loaded. Check the connection and retry.');
  await user.click(screen.getByRole('button', { name: 'Retry' }));
  expect(await screen.findByText('Event window drawn')).toBeVisible();
  expect(load).toHaveBeenCalledTimes(2);
});

it('offline, says the panel could not be loaded without trying its chunk, and loads it on Retry once online', async () => {
  const user = userEvent.setup();
  const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  const load = vi.fn(async () => ({ default: () => <p>Event window drawn</p> }));
  const EventWindow = retriableLazy(load, (m) => m.default);
  allowConsole('error', /OfflineImportError: The browser is offline.*The above error occurred/s);
  renderLazyPanel(EventWindow);
  expect(await screen.findByRole('alert')).toHaveTextContent('This panel could not be loaded. Check the connection and retry.');
  expect(load).not.toHaveBeenCalled();
  online.mockRestore();
  await user.click(screen.getByRole('button', { name: 'Retry' }));
  expect(await screen.findByText('Event window drawn')).toBeVisible();
  expect(load).toHaveBeenCalledTimes(1);
});
