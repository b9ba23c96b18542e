// A code-split import that can be tried again. Browsers on the module map's older rule
// (Chromium 150, by the offline browser test; whatwg/html#10327 changes the rule) remember
// a failed import() for the page's life: importing the same URL again fails at once,
// without a request, so Retry after a lost connection would fail until a reload. Hence: offline, no
// import is tried at all (nothing to remember); after a failure, the next try imports
// the chunk's own URL, which Chromium and Firefox name in their error, under a query of its
// own, a new entry in the module map.

/** A code-split import refused because the browser is offline. */
export class OfflineImportError extends Error {
  override name = 'OfflineImportError';
  constructor() {
    super('The browser is offline: this part of the page could not be loaded.');
  }
}

// "Failed to fetch dynamically imported module: <url>" (Chromium), "error loading
// dynamically imported module: <url>" (Firefox), "Importing a module script failed."
// (Safari, which names no URL).
const FAILED_IMPORT = /dynamically imported module|importing a module script failed/i;
const FAILED_URL = /dynamically imported module: (\S+)/i;

/** Whether `error` is a code-split import that failed, at the network or not tried offline. */
export function isFailedImport(error: Error): boolean {
  return error instanceof OfflineImportError || FAILED_IMPORT.test(error.message);
}

/** The chunk's address in a failed import's error, without a query a retry gave it. */
export function failedChunkUrl(error: unknown): string | undefined {
  const url = error instanceof Error ? FAILED_URL.exec(error.message)?.[1] : undefined;
  return url?.replace(/\?.*$/, '');
}

const importUrl = <M>(url: string) => import(/* @vite-ignore */ url) as Promise<M>;

/** `load` (an `import()`), as a function each call of which tries again after a failure. */
export function retriableImport<M>(load: () => Promise<M>, fromUrl: (url: string) => Promise<M> = importUrl): () => Promise<M> {
  let failedUrl: string | undefined;
  let retries = 0;
  return () => {
    if (!navigator.onLine) return Promise.reject(new OfflineImportError());
    const attempt = failedUrl === undefined ? load() : fromUrl(`${failedUrl}?retry=${++retries}`);
    return attempt.catch((error: unknown) => {
      failedUrl = failedChunkUrl(error) ?? failedUrl;
      throw error;
    });
  };
}
