// Keeps the URL and the view store in step: the URL wins on load and on back/forward,
// every change made in the page becomes a history entry. The entry is written just after
// the frame that shows the change has painted: pushState takes milliseconds, and Chromium
// then fetches and decodes the page's icon again (a trace of a range switch showed 10 to
// 20 ms of both on the main thread), which the new chart would otherwise wait for.
import { SOURCE_IDS, sourceById } from '@/adapters/registry';
import { parseViewState, serializeViewState } from '@/stores/url-state';
import { selectView, useViewStore } from '@/stores/view-store';

function readUrl(): void {
  const { view, notices } = parseViewState(window.location.search, SOURCE_IDS);
  // A bare address opens where its source says (the demo: on its story's day).
  if (window.location.search === '') view.to = sourceById(view.source)?.opening?.to;
  useViewStore.getState().replace(view, notices);
}

/** Reads the URL into the store and starts mirroring; returns a function that stops. */
export function startUrlSync(): () => void {
  readUrl();
  window.history.replaceState(window.history.state, '', canonicalUrl());
  // One entry per change, in order, even when two changes come within a frame.
  let queued: string[] = [];
  const write = () => {
    for (const url of queued) if (url !== currentUrl()) window.history.pushState(null, '', url);
    queued = [];
  };
  const unsubscribe = useViewStore.subscribe(() => {
    const url = canonicalUrl();
    if (url === (queued.at(-1) ?? currentUrl())) return;
    queued.push(url);
    if (queued.length === 1) afterPaint(write);
  });
  const onPopState = () => {
    // Back or forward wins over entries not yet written.
    queued = [];
    readUrl();
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    write();
    window.removeEventListener('popstate', onPopState);
  };
}

function canonicalUrl(): string {
  return serializeViewState(selectView(useViewStore.getState())) + window.location.hash;
}

const currentUrl = () => window.location.search + window.location.hash;

/** Where no frame comes (a hidden tab, a test without rendering), `run` waits at most this. */
const LATEST_MS = 100;

/** Runs `run` once, in the first task after the next frame has painted. */
function afterPaint(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, LATEST_MS);
}
