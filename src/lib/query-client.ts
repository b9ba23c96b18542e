// react-query defaults: retry only what may succeed on a second try, wait as long as a
// rate-limiting server asks, and follow the browser's connection state.
import { onlineManager, QueryClient } from '@tanstack/react-query';

/** Attempts in all, the first included: with a 10 s timeout a hanging source fails within 45 s. */
export const MAX_ATTEMPTS = 3;
/** The longest Retry-After we wait out unattended; a longer one is left to the person. */
export const MAX_RETRY_AFTER_MS = 10_000;
const MAX_BACKOFF_MS = 8_000;

/** What the retry policy reads from an error (DataSourceError has both; lib cannot import adapters). */
interface RetryHints {
  retryable?: boolean;
  /** Seconds the server asked us to wait (Retry-After). */
  retryAfter?: number;
}

/** react-query's `retry`: `failures` counts the attempts that failed so far, minus one. */
export function shouldRetry(failures: number, error: unknown): boolean {
  const hints = (error ?? {}) as RetryHints;
  // A 4xx or a payload that breaks the contract will not fix itself.
  if (hints.retryable !== true || failures + 1 >= MAX_ATTEMPTS) return false;
  return hints.retryAfter === undefined || hints.retryAfter * 1000 <= MAX_RETRY_AFTER_MS;
}

/** react-query's `retryDelay`: the server's Retry-After when it sent one, else 1 s, 2 s, 4 s… */
export function retryDelay(failures: number, error: unknown): number {
  const { retryAfter } = (error ?? {}) as RetryHints;
  if (retryAfter !== undefined) return Math.min(retryAfter * 1000, MAX_RETRY_AFTER_MS);
  return Math.min(1000 * 2 ** failures, MAX_BACKOFF_MS);
}

export function createQueryClient(): QueryClient {
  followConnection();
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        // Try once even when the browser says it is offline (imported files and the demo
        // need no network); retries then wait for the connection to come back.
        networkMode: 'offlineFirst',
        refetchOnWindowFocus: false,
      },
    },
  });
}

/**
 * react-query assumes it starts online and only hears the online/offline events; a page
 * opened without a connection starts offline too. (navigator.onLine is trustworthy when
 * false; when true it only means some network interface is up.)
 */
function followConnection(): void {
  onlineManager.setEventListener((setOnline) => {
    const online = () => setOnline(true);
    const offline = () => setOnline(false);
    if (typeof navigator !== 'undefined' && navigator.onLine === false) setOnline(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  });
}
