// fetch with a timeout, caller cancellation, and failures turned into DataSourceError
// with a message a person can read. Knows nothing about any particular API.
import { DataSourceError, type DataSourceErrorCode } from './data-adapter';

export const DEFAULT_TIMEOUT_MS = 10_000;

export interface GetJsonOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  headers?: Record<string, string>;
  /** Names the source in messages, e.g. "Demo". */
  sourceLabel: string;
  /** Values (tokens, keys) to blank out of any text a server sends back. */
  secrets?: string[];
  /** What makes the request (default: fetch). */
  fetch?: (url: URL, init: RequestInit) => Promise<Response>;
}

/** Resolves a relative base such as /api/v1 against the page, so it works in the browser and in tests. */
export function resolveUrl(url: string): URL {
  // Typed without the DOM library: the server (Node) reuses this module through the Alpha Vantage adapter.
  const page = (globalThis as { location?: { href: string } }).location;
  return new URL(url, page?.href ?? 'http://localhost/');
}

export async function getJson(url: URL, options: GetJsonOptions): Promise<unknown> {
  const { sourceLabel, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  // A plain timer rather than AbortSignal.timeout: it is cleared as soon as the body is
  // read, and it follows the page's clock (fake timers in tests).
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new DOMException('The request timed out.', 'TimeoutError')), timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
  const where = `${sourceLabel} (${url.pathname})`;
  const failure = (error: unknown, message: string) => {
    // The caller's own abort is not a failure: let it through untouched for react-query.
    if (options.signal?.aborted) return options.signal.reason ?? error;
    if (timeout.signal.aborted) {
      return new DataSourceError('timeout', `${where} did not answer within ${formatDuration(timeoutMs)}.`, { cause: error });
    }
    return new DataSourceError('network', message, { cause: error });
  };

  try {
    let response: Response;
    try {
      const request = (options.fetch ?? fetch)(url, { headers: { Accept: 'application/json', ...options.headers }, signal });
      // A request made earlier (options.fetch) does not know the signal: the wait for it does.
      response = await untilAborted(request, signal);
    } catch (error) {
      // Nothing answered: the host is what to check (a mistyped address, a server not started).
      // `host` is the name and port only, never a userinfo part or the query (where a key may be).
      throw failure(error, `${sourceLabel} at ${url.host} could not be reached. Check the connection or the address.`);
    }

    let text: string;
    try {
      // Some platforms (mocked responses among them) go on reading a body after the
      // abort: the timeout bounds the whole request only if the read gives up too.
      text = await untilAborted(response.text(), signal);
    } catch (error) {
      throw failure(error, `${where} broke off its response.`);
    }
    if (!response.ok) throw errorFromResponse(response, redact(text, options.secrets), where);
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new DataSourceError('invalid_payload', `${where} sent a response that is not valid JSON.`, { status: response.status, cause: error });
    }
  } finally {
    clearTimeout(timer);
  }
}

/** `promise`, or a rejection with the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as unknown);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function errorFromResponse(response: Response, body: string, where: string): DataSourceError {
  const status = response.status;
  const detail = serverMessage(body);
  const code = detail?.code === 'unknown_symbol' ? 'unknown_symbol' : codeOfStatus(status);
  const fallback = `${where} answered ${status}${response.statusText ? ` ${response.statusText}` : ''}.`;
  const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
  const message = detail?.message ? `${where}: ${detail.message}` : fallback;
  // A person retrying by hand needs the wait the server asked for.
  const wait = code === 'rate_limited' && retryAfter ? ` Try again in ${formatDuration(retryAfter * 1000)}.` : '';
  return new DataSourceError(code, message + wait, { status, retryAfter });
}

function codeOfStatus(status: number): DataSourceErrorCode {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  // Any other 4xx refused the request itself: asking again will not change that.
  if (status >= 400 && status < 500) return 'bad_request';
  return 'server';
}

/** Retry-After in seconds (a number of seconds or an HTTP date); undefined when absent or unreadable. */
function retryAfterSeconds(header: string | null): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds : undefined;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/** A server may echo a credential back in its error text; it must never reach the screen. */
function redact(text: string, secrets: string[] | undefined): string {
  let result = text;
  for (const secret of secrets ?? []) if (secret) result = result.split(secret).join('[redacted]');
  return result;
}

function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const seconds = Math.round(ms / 1000);
  return seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

/** The contract's error body: { error: { code, message } }. Anything else is ignored. */
function serverMessage(body: string): { code?: string; message?: string } | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null || !('error' in parsed)) return undefined;
    const error = (parsed as { error: unknown }).error;
    if (typeof error !== 'object' || error === null) return undefined;
    const { code, message } = error as { code?: unknown; message?: unknown };
    return {
      code: typeof code === 'string' ? code : undefined,
      // Cap what a server can put on screen.
      message: typeof message === 'string' ? message.slice(0, 300) : undefined,
    };
  } catch {
    return undefined;
  }
}
