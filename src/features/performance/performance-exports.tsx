// Downloads of the Performance and Returns panels, for their headers. File names carry
// the view (range and as-of date), read from the view store.
import type { Ticker } from '@/domain/types';
import { useViewStore } from '@/stores/view-store';
import { CsvButton, HeaderActions, PngButton } from '@/ui/export/export-buttons';
import { exportFileName } from '@/ui/export/export-name';
import { describeBase } from './describe-base';
import { performanceCsvTable, returnsCsvTable } from './performance-csv';
import type { ReturnsRow } from './returns-rows';
import type { PerformanceModel } from './use-performance';

export function PerformanceExports({ model, basisLabel }: { model: PerformanceModel; basisLabel: string }) {
  const range = useViewStore((s) => s.range);
  const from = useViewStore((s) => s.from);
  const basis = useViewStore((s) => s.basis);
  const view = { range, from, asOf: model.asOfDate };
  const empty = model.performances.length === 0;
  return (
    <HeaderActions>
      <CsvButton
        subject="Performance"
        fileName={exportFileName('performance', view, 'csv')}
        table={empty ? undefined : () => performanceCsvTable(model.performances, basis)}
      />
      <PngButton subject="Performance" fileName={exportFileName('performance', view, 'png')} caption={describeBase(model, basisLabel)} disabled={empty} />
    </HeaderActions>
  );
}

interface ReturnsCsvButtonProps {
  /** The table's rows in the order it shows them. */
  rows: readonly ReturnsRow[];
  benchmark: Ticker;
  asOf?: string;
}

export function ReturnsCsvButton({ rows, benchmark, asOf }: ReturnsCsvButtonProps) {
  const range = useViewStore((s) => s.range);
  const from = useViewStore((s) => s.from);
  return (
    <CsvButton
      subject="Returns"
      fileName={exportFileName('returns', { range, from, asOf }, 'csv')}
      table={rows.length === 0 ? undefined : () => returnsCsvTable(rows, benchmark)}
    />
  );
}
