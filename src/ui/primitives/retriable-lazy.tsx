// React.lazy keeps a failed import for good, so a chunk that could not load (offline,
// or replaced by a new deployment) would fail again on every Retry. This one can start
// a fresh import (retriable-import.ts): pass its `retry` to the error boundary that
// shows the failure.
import { lazy, type ComponentType, type FunctionComponent } from 'react';
import { retriableImport } from './retriable-import';

export type RetriableLazy<P> = FunctionComponent<P> & {
  /** Imports again on the next render if the last import failed; nothing otherwise. */
  retry: () => void;
};

/** The component `pick` takes from the module `load` imports, loaded on first render. */
export function retriableLazy<M, P extends object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>): RetriableLazy<P> {
  const importModule = retriableImport(load);
  let failed = false;
  const make = () =>
    lazy(() =>
      importModule().then(
        (module) => ({ default: pick(module) }),
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
