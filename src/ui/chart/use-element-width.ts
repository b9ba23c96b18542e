// The width of an element, kept current on resize: charts size themselves to it and
// never draw more points than it has pixels. jsdom has no layout, hence the fallback.
import { useCallback, useRef, useState } from 'react';

/**
 * Returns a callback ref (works when the element mounts later, e.g. after a skeleton) and
 * the width: undefined until the element is in the page and measured, in the commit that
 * adds it (before the browser paints), so a chart is drawn once, at its width, rather
 * than first at a guess and again at once.
 */
export function useElementWidth<T extends HTMLElement>(fallback: number) {
  const [width, setWidth] = useState<number>();
  const observer = useRef<ResizeObserver>(null);
  const ref = useCallback(
    (element: T | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!element) return;
      // No width to read (jsdom, or hidden): the fallback the first time, else the last width.
      const measure = () => {
        const next = Math.floor(element.getBoundingClientRect().width);
        setWidth((known) => (next > 0 ? next : (known ?? fallback)));
      };
      measure();
      if (typeof ResizeObserver === 'undefined') return;
      observer.current = new ResizeObserver(measure);
      observer.current.observe(element);
    },
    [fallback],
  );
  return [ref, width] as const;
}
