// Says when the browser has lost its connection. react-query's onlineManager is the one
// source of truth: the same state pauses retries and refetches once the connection is back.
import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => onlineManager.subscribe(onChange);
const isOnline = () => onlineManager.isOnline();

export function OfflineBanner() {
  const online = useSyncExternalStore(subscribe, isOnline, isOnline);
  // The live region stays in the page so that the change is announced, not just drawn.
  return (
    <div role="status" aria-label="Connection">
      {!online && (
        <p className="banner">
          You are offline. What is on screen stays; panels refresh when the connection is back.
        </p>
      )}
    </div>
  );
}
