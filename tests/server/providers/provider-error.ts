// What the provider tests share: the ProviderError a promise rejects with, the caller's
// abort as a settled value, and an answer that never comes.
import { delay, HttpResponse } from 'msw';
import { expect } from 'vitest';
import { ProviderError } from '../../../server/providers/provider';

/** The ProviderError `promise` rejects with (fails the test if it resolves or rejects otherwise). */
export async function providerError(promise: Promise<unknown>): Promise<ProviderError> {
  const error: unknown = await promise.then(
    () => {
      throw new Error('expected a rejection, got a value');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

/** What `promise` rejected with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection, got a value');
    },
    (e: unknown) => e,
  );
}

/** A promise and the function that resolves it: lets a handler say it was reached. */
export function signalled(): { reached: Promise<void>; reach: () => void } {
  let reach!: () => void;
  const reached = new Promise<void>((resolve) => (reach = resolve));
  return { reached, reach };
}

/** An MSW resolver that never answers (after calling `reach`, when given). */
export function hang(reach?: () => void) {
  return async () => {
    reach?.();
    await delay('infinite');
    return HttpResponse.json({});
  };
}
