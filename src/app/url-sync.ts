// Keeps the URL and the view store in step: the URL wins on load and on back/forward,
// every change made in the page becomes a history entry.
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
  const unsubscribe = useViewStore.subscribe(() => {
    const url = canonicalUrl();
    if (url !== window.location.search + window.location.hash) window.history.pushState(null, '', url);
  });
  window.addEventListener('popstate', readUrl);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', readUrl);
  };
}

function canonicalUrl(): string {
  return serializeViewState(selectView(useViewStore.getState())) + window.location.hash;
}
