// The width of an element, kept current on resize: charts size themselves to it and
// never draw more points than it has pixels. jsdom has no layout, hence the fallback.
import { useCallback, useRef, useState } from 'react';

/** Returns a callback ref (works when the element mounts later, e.g. after a skeleton) and the width. */
export function useElementWidth<T extends HTMLElement>(fallback: number) {
  const [width, setWidth] = useState(fallback);
  const observer = useRef<ResizeObserver>(null);
  const ref = useCallback((element: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const next = Math.floor(element.getBoundingClientRect().width);
      if (next > 0) setWidth(next);
    };
    measure();
    observer.current = new ResizeObserver(measure);
    observer.current.observe(element);
  }, []);
  return [ref, width] as const;
}
