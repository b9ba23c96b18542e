// The active data source, for every hook and panel below the page: the page builds the
// adapter from the chosen source and its settings, and provides it here once.
import { createContext, useContext, type ReactNode } from 'react';
import type { DataAdapter } from '@/adapters/data-adapter';

const SourceContext = createContext<DataAdapter | undefined>(undefined);

export function SourceProvider({ adapter, children }: { adapter: DataAdapter; children: ReactNode }) {
  return <SourceContext value={adapter}>{children}</SourceContext>;
}

export function useSource(): DataAdapter {
  const adapter = useContext(SourceContext);
  if (!adapter) throw new Error('useSource is used outside a SourceProvider.');
  return adapter;
}
