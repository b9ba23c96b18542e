// The data sources this build offers, in picker order. Each describes itself in its own
// folder; adding one is that folder and one line here (docs/adding-a-source.md).
import { alphaVantageSource } from './alphavantage/source';
import type { DataSource } from './data-source';
import { demoSource } from './demo/source';
import { filesSource } from './files/source';
import { restSource } from './rest/source';

export const SOURCES: readonly DataSource[] = [demoSource, restSource, filesSource, alphaVantageSource];

export const SOURCE_IDS: readonly string[] = SOURCES.map((s) => s.id);

export function sourceById(id: string): DataSource | undefined {
  return SOURCES.find((s) => s.id === id);
}
