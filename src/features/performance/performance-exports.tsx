// Downloads of the Performance and Returns panels, for their headers. File names carry
// the view (range and as-of date), read from the view store.
import { usePriceView } from '@/queries/view-data';
import { useViewStore } from '@/stores/view-store';
import { CsvButton, HeaderActions, PngButton } from '@/ui/export/export-buttons';
import { exportFileName } from '@/ui/export/export-name';
import { describeBase } from './describe-base';
import { performanceCsvTable, returnsCsvTable } from './performance-csv';
import type { ReturnsRow } from './returns-rows';

function useExportView() {
  const range = useViewStore((s) => s.range);
  const from = useViewStore((s) => s.from);
  return { range, from, asOf: usePriceView().asOfDate };
}

export function PerformanceExports() {
  const view = usePriceView();
  const basis = useViewStore((s) => s.basis);
  const exportView = useExportView();
  const empty = view.performances.length === 0;
  return (
    <HeaderActions>
      <CsvButton
        subject="Performance"
        fileName={exportFileName('performance', exportView, 'csv')}
        table={empty ? undefined : () => performanceCsvTable(view.performances)}
      />
      <PngButton subject="Performance" fileName={exportFileName('performance', exportView, 'png')} caption={describeBase(view, basis)} disabled={empty} />
    </HeaderActions>
  );
}

/** The Returns table's rows in the order it shows them. */
export function ReturnsCsvButton({ rows }: { rows: readonly ReturnsRow[] }) {
  const benchmark = useViewStore((s) => s.benchmark);
  return (
    <CsvButton
      subject="Returns"
      fileName={exportFileName('returns', useExportView(), 'csv')}
      table={rows.length === 0 ? undefined : () => returnsCsvTable(rows, benchmark)}
    />
  );
}
