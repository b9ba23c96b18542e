// Panels below the fold on a first load: first drawn in a render after the page's urgent
// one (React's deferred value), so the browser paints the first screen and its chart
// without waiting for them; from then on they render with the page, as any panel does.
import { useDeferredValue, type ReactNode } from 'react';

export function BelowTheFold({ children }: { children: ReactNode }) {
  return useDeferredValue(true, false) ? children : null;
}
