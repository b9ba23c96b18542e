// react-query defaults: retry only what may succeed on a second try.
import { QueryClient } from '@tanstack/react-query';

interface MaybeRetryable {
  retryable?: boolean;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx or a payload that breaks the contract will not fix itself.
        retry: (failureCount, error) => failureCount < 2 && (error as MaybeRetryable).retryable === true,
        refetchOnWindowFocus: false,
      },
    },
  });
}
