// React.lazy keeps a failed import for good, so a chunk that could not load (offline,
// or replaced by a new deployment) would fail again on every Retry. This one can start
// a fresh import: pass its `retry` to the error boundary that shows the failure.
import { lazy, type ComponentType, type FunctionComponent } from 'react';

export type RetriableLazy<P> = FunctionComponent<P> & {
  /** Imports again on the next render if the last import failed; nothing otherwise. */
  retry: () => void;
};

export function retriableLazy<P extends object>(load: () => Promise<ComponentType<P>>): RetriableLazy<P> {
  let failed = false;
  const make = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          failed = true;
          throw error;
        },
      ),
    );
  let current = make();
  function Retriable(props: P) {
    const Current = current;
    return <Current {...props} />;
  }
  return Object.assign(Retriable, {
    retry: () => {
      if (!failed) return;
      failed = false;
      current = make();
    },
  });
}
