// How each provider is doing, for /api/v1/health and for backing off: when it last
// answered, its last failure, and when it may be asked again.
import { ProviderError } from '../providers/provider';

export interface ProviderHealth {
  lastSuccess?: string;
  lastError?: { at: string; message: string };
  /** While backing off: the earliest time it is asked again. */
  nextTry?: string;
}

const FIRST_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 15 * 60_000;

export class ProviderStatus {
  private readonly health = new Map<string, ProviderHealth & { failures: number; nextTryAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  succeeded(provider: string): void {
    this.health.set(provider, { lastSuccess: new Date(this.now()).toISOString(), failures: 0, nextTryAt: 0, lastError: this.get(provider).lastError });
  }

  /** A rate limit waits as long as asked; other failures back off 30 s, 1 min, 2 min… up to 15 min. */
  failed(provider: string, error: unknown): void {
    const current = this.get(provider);
    const failures = current.failures + 1;
    const message = error instanceof Error ? error.message : String(error);
    const retryAfter = error instanceof ProviderError && error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : undefined;
    const wait = retryAfter ?? Math.min(FIRST_BACKOFF_MS * 2 ** (failures - 1), MAX_BACKOFF_MS);
    const nextTryAt = this.now() + wait;
    this.health.set(provider, {
      ...current,
      failures,
      nextTryAt,
      lastError: { at: new Date(this.now()).toISOString(), message },
      nextTry: new Date(nextTryAt).toISOString(),
    });
  }

  /** False while backing off after a failure. */
  mayAsk(provider: string): boolean {
    return this.now() >= this.get(provider).nextTryAt;
  }

  snapshot(): Record<string, ProviderHealth> {
    const now = this.now();
    return Object.fromEntries(
      [...this.health].map(([name, { lastSuccess, lastError, nextTry, nextTryAt }]) => [name, { lastSuccess, lastError, ...(nextTryAt > now ? { nextTry } : {}) }]),
    );
  }

  private get(provider: string) {
    return this.health.get(provider) ?? { failures: 0, nextTryAt: 0 };
  }
}
