// The retry policy's edges, with the errors the adapters really throw.
import { describe, expect, it } from 'vitest';
import { DataSourceError, type DataSourceErrorCode } from '@/adapters/data-adapter';
import { MAX_ATTEMPTS, retryDelay, shouldRetry } from '@/lib/query-client';

const error = (code: DataSourceErrorCode, retryAfter?: number) => new DataSourceError(code, `a ${code} error`, { retryAfter });

/** How many attempts the policy makes in all when every one fails with `e`. */
function attempts(e: unknown): number {
  let failures = 0;
  while (shouldRetry(failures, e)) failures++;
  return failures + 1;
}

describe('shouldRetry', () => {
  it.each(['server', 'network', 'timeout', 'rate_limited'] as const)('tries a %s error 3 times in all', (code) => {
    expect(attempts(error(code))).toBe(3);
    expect(MAX_ATTEMPTS).toBe(3);
  });

  it.each(['bad_request', 'unauthorized', 'not_found', 'unknown_symbol', 'invalid_payload', 'unsupported'] as const)(
    'never tries a %s error again',
    (code) => expect(attempts(error(code))).toBe(1),
  );

  it('never tries again an error that is not a DataSourceError (a bug, or an abort)', () => {
    expect(attempts(new TypeError('x is undefined'))).toBe(1);
    expect(attempts(new DOMException('aborted', 'AbortError'))).toBe(1);
    expect(attempts(undefined)).toBe(1);
  });

  it('waits out a Retry-After of up to 10 s, and leaves a longer one to the person', () => {
    expect(attempts(error('rate_limited', 10))).toBe(3);
    expect(attempts(error('rate_limited', 11))).toBe(1);
  });
});

describe('retryDelay', () => {
  it('backs off 1 s, then 2 s, without a Retry-After', () => {
    expect([0, 1].map((failures) => retryDelay(failures, error('server')))).toEqual([1_000, 2_000]);
  });

  it("takes the server's Retry-After instead", () => {
    expect(retryDelay(0, error('rate_limited', 7))).toBe(7_000);
    expect(retryDelay(1, error('rate_limited', 0))).toBe(0);
  });

  it('keeps the worst case of a source that hangs (10 s per try) under 45 s', () => {
    const timeout = error('timeout');
    let total = 10_000;
    for (let failures = 0; shouldRetry(failures, timeout); failures++) total += retryDelay(failures, timeout) + 10_000;
    expect(total).toBe(33_000);
  });
});
