// A data source as the app sees it, the way a Grafana data-source plugin describes itself:
// its picker label, the settings it keeps in the browser (a schema that validates them and
// the form that edits them), how often a live source may refresh, and how its adapter is
// built. Each source's folder exports one; registry.ts lists them.
import type * as z from 'zod/mini';
import type { IsoDate } from '@/domain/types';
import type { RetriableLazy } from '@/ui/primitives/retriable-lazy';
import type { SettingsFormProps } from '@/ui/primitives/settings-form';
import type { DataAdapter } from './data-adapter';

/** Minutes between automatic refreshes; 0 is off. */
export type RefreshMinutes = 0 | 1 | 5 | 15;

/** What a source may tell the person besides its data (e.g. "showing only the latest 100 days"). */
export interface SourceCallbacks {
  onNotice?: (message: string) => void;
}

export interface DataSource<Settings = unknown> {
  /** Stable: it is the `source` of a shared link and the key of stored settings. */
  id: string;
  /** In the Data source picker and dialog titles. */
  label: string;
  /** Said in Source settings by a source that has none to edit. */
  about?: string;
  /**
   * Where a bare address (no view in the link) opens, and what to say about that day;
   * without it the page opens on the latest data.
   */
  opening?: { to: IsoDate; caption: string };
  settings?: {
    /** What may be stored: anything read back that fails it is dropped, never trusted. */
    schema: z.ZodMiniType<Settings>;
    /** Loaded when Source settings opens, not with the page. */
    Form: RetriableLazy<SettingsFormProps<Settings>>;
  };
  /** A live source (its data changes while the page is open): the auto-refresh choices it allows. */
  refresh?: { choices: readonly RefreshMinutes[]; note?: string };
  /** The adapter for these settings; undefined while the source is not set up. */
  create(settings: Settings | undefined, callbacks: SourceCallbacks): DataAdapter | undefined;
}

/**
 * Types a source against its own settings and hands it to the registry, which holds
 * sources of different settings in one list. Sound because the registry only ever passes
 * a source settings that its own schema accepted.
 */
export function defineSource<Settings>(source: DataSource<Settings>): DataSource {
  return source as unknown as DataSource;
}
