// File names of exports say what view they hold, e.g. tradewinds-performance-ytd-2025-07-25.csv.
import type { IsoDate, RangeKind } from '@/domain/types';

export interface ExportView {
  range: RangeKind;
  /** The custom range's start. */
  from?: IsoDate;
  /** The date the figures are as of; absent while unknown. */
  asOf?: IsoDate;
}

export function exportFileName(subject: string, { range, from, asOf }: ExportView, extension: 'csv' | 'png'): string {
  const when =
    range === 'custom' && from ? (asOf ? [from, 'to', asOf] : ['from', from]) : [range.toLowerCase(), ...(asOf ? [asOf] : [])];
  return `${['tradewinds', subject, ...when].join('-')}.${extension}`;
}
