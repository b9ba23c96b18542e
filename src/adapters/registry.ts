// The data sources this page offers, in picker order. Each describes itself in its own
// folder; adding one is that folder and one line here (docs/adding-a-source.md).
import { alphaVantageSource } from './alphavantage/source';
import type { DataSource } from './data-source';
import { demoSource } from './demo/source';
import { filesSource } from './files/source';
import { restSource } from './rest/source';
import { serverSource } from './server/source';

// The server's own source, first, when it served this page.
export const SOURCES: readonly DataSource[] = [...(serverSource ? [serverSource] : []), demoSource, restSource, filesSource, alphaVantageSource];

export const SOURCE_IDS: readonly string[] = SOURCES.map((s) => s.id);

/** Where a page opens: the server that served it, else the demo. */
export const DEFAULT_SOURCE_ID = SOURCES[0]!.id;

export function sourceById(id: string): DataSource | undefined {
  return SOURCES.find((s) => s.id === id);
}
