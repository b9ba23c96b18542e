// The server's fetch for providers: a timeout over the request and the body, the
// caller's cancellation, a browser's User-Agent, JSON parsing, and every failure turned
// into a ProviderError whose message names the host and path, never a query (keys
// travel there) nor any secret a server echoes back.
import * as z from 'zod/mini';
import { ProviderError } from './provider';

export const DEFAULT_TIMEOUT_MS = 10_000;

/** Yahoo answers 429 to clients that do not look like a browser. */
export const BROWSER_USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

// Messages of wire-format checks in English, as the app's own schemas have them.
z.config(z.locales.en());

export interface ProviderRequest {
  /** Names the provider in messages, e.g. "Yahoo". */
  provider: string;
  signal?: AbortSignal;
  timeoutMs?: number;
  headers?: Record<string, string>;
  /** Values (keys, tokens) blanked out of every message. */
  secrets?: readonly string[];
  /** The provider's reading of an error answer (404: unknown symbol or not); undefined: the usual mapping. */
  onError?: (status: number, body: unknown) => ProviderError | undefined;
}

/** GETs `url` and parses its JSON; rejects with a ProviderError, or the caller's abort reason. */
export async function getProviderJson(url: URL, request: ProviderRequest): Promise<unknown> {
  const { provider, timeoutMs = DEFAULT_TIMEOUT_MS } = request;
  // A plain timer rather than AbortSignal.timeout: it is cleared as soon as the body is read.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new Error('timed out')), timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout.signal]) : timeout.signal;
  const where = `${provider} (${url.host}${url.pathname})`;
  const clean = (text: string) => redact(text, request.secrets);
  const failure = (error: unknown, message: string): unknown => {
    // The caller's own abort is not the provider's failure: it goes back untouched.
    if (request.signal?.aborted) return request.signal.reason ?? error;
    if (timeout.signal.aborted) return new ProviderError('unavailable', clean(`${where} did not answer within ${formatMs(timeoutMs)}.`));
    return new ProviderError('unavailable', clean(message));
  };

  try {
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { Accept: 'application/json', 'User-Agent': BROWSER_USER_AGENT, ...request.headers },
        signal,
      });
    } catch (error) {
      throw failure(error, `${provider} at ${url.host} could not be reached${reasonOf(error)}.`);
    }
    let text: string;
    try {
      // A body can stall after the headers: the timeout bounds the read too.
      text = await untilAborted(response.text(), signal);
    } catch (error) {
      throw failure(error, `${where} broke off its answer${reasonOf(error)}.`);
    }
    const body = parseJson(text);
    if (!response.ok) throw errorOf(response, body, where, request, clean);
    if (body === NOT_JSON) throw new ProviderError('invalid_answer', clean(`${where} sent an answer that is not JSON.`));
    return body;
  } finally {
    clearTimeout(timer);
  }
}

/** Checks a wire format: its output, or an invalid_answer naming where the answer went wrong. */
export function parseWire<S extends z.ZodMiniType>(schema: S, body: unknown, what: string): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  throw new ProviderError('invalid_answer', `${what} is not in the expected format${path}: ${issue?.message ?? 'unreadable'}.`);
}

const NOT_JSON = Symbol('not JSON');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}

function errorOf(
  response: Response,
  body: unknown,
  where: string,
  request: ProviderRequest,
  clean: (text: string) => string,
): ProviderError {
  const status = response.status;
  const own = request.onError?.(status, body === NOT_JSON ? undefined : body);
  if (own) return new ProviderError(own.kind, clean(own.message), own.retryAfterSeconds);
  const wait = retryAfterSeconds(response.headers.get('Retry-After'));
  if (status === 429) {
    const after = wait === undefined ? '' : ` Try again in ${formatMs(wait * 1000)}.`;
    return new ProviderError('rate_limited', clean(`${where} is rate limiting this server.${after}`), wait);
  }
  // Any other refusal (401, 403, 400, 5xx) is the provider not serving us now.
  const text = response.statusText ? ` ${response.statusText}` : '';
  return new ProviderError('unavailable', clean(`${where} answered ${status}${text}.`), wait);
}

/** Retry-After in whole seconds (a number of seconds or an HTTP date); undefined when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds >= 0 ? Math.ceil(seconds) : undefined;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
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

/** " (ECONNREFUSED)": the system's code for a failed connection, which says what to check. */
function reasonOf(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  const code = cause && typeof cause === 'object' && 'code' in cause ? cause.code : undefined;
  return typeof code === 'string' && /^[A-Z_]{2,40}$/.test(code) ? ` (${code})` : '';
}

/** A server may echo a credential back; it must never reach a log or a message. */
export function redact(text: string, secrets: readonly string[] | undefined): string {
  let result = text;
  for (const secret of secrets ?? []) if (secret) result = result.split(secret).join('[redacted]');
  return result;
}

function formatMs(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const seconds = Math.round(ms / 1000);
  return seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}
