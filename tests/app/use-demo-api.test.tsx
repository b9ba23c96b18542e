// The demo's mock worker follows the source: started once however React runs effects, never
// stopped under a start that follows at once (the worker would unregister itself beneath
// it, and MSW's un-awaited update() of the registration fails uncaught in the page), and a
// real stop waits until the worker's registration is gone before the next start.
import { act, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

const worker = { start: vi.fn(async () => undefined), stop: vi.fn() };
vi.mock('../../mocks/browser', () => ({ worker }));

// jsdom has no service workers: the registration the real worker removes on stop.
let registrations: { active: { scriptURL: string } }[] = [];
beforeEach(() => {
  vi.resetModules();
  worker.start.mockClear();
  worker.stop.mockClear().mockImplementation(() => {
    // The worker unregisters itself a little after it hears the page has gone.
    setTimeout(() => (registrations = []), 120);
  });
  registrations = [];
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { getRegistrations: async () => registrations },
  });
  worker.start.mockImplementation(async () => {
    registrations = [{ active: { scriptURL: new URL('/mockServiceWorker.js', location.href).href } }];
  });
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

async function demoProbe() {
  const { useDemoApi } = await import('@/app/use-demo-api');
  return function Probe({ active }: { active: boolean }) {
    return <p>{useDemoApi(active).state}</p>;
  };
}

it('starts the worker once under StrictMode, whose double effect stops nothing', async () => {
  // React's development effects run mount, unmount, mount: the stop and start cancel out.
  const Probe = await demoProbe();
  render(
    <StrictMode>
      <Probe active />
    </StrictMode>,
  );
  expect(await screen.findByText('ready')).toBeVisible();
  expect(worker.start).toHaveBeenCalledTimes(1);
  expect(worker.stop).not.toHaveBeenCalled();
});

it('stops when another source is chosen, and starts again only once the registration is gone', async () => {
  const Probe = await demoProbe();
  const { rerender } = render(<Probe active />);
  expect(await screen.findByText('ready')).toBeVisible();

  rerender(<Probe active={false} />);
  await act(() => Promise.resolve());
  expect(worker.stop).toHaveBeenCalledTimes(1);
  rerender(<Probe active />);
  // The start waits for the worker to unregister itself.
  await act(() => new Promise((r) => setTimeout(r, 60)));
  expect(worker.start).toHaveBeenCalledTimes(1);
  expect(await screen.findByText('ready')).toBeVisible();
  expect(worker.start).toHaveBeenCalledTimes(2);
  expect(registrations).toHaveLength(1);
});
