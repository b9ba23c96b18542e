// The Events panel's download: the events it lists (range and tags applied) as CSV in
// the columns the file import reads back.
import type { MarketEvent } from '@/domain/types';
import { useViewStore } from '@/stores/view-store';
import { CsvButton } from '@/ui/export/export-buttons';
import { exportFileName } from '@/ui/export/export-name';
import { eventsCsvTable } from './events-csv';

export function EventsCsvButton({ events }: { events: readonly MarketEvent[] }) {
  const range = useViewStore((s) => s.range);
  const from = useViewStore((s) => s.from);
  const to = useViewStore((s) => s.to);
  return (
    <CsvButton
      subject="Events"
      fileName={exportFileName('events', { range, from, asOf: to }, 'csv')}
      table={events.length === 0 ? undefined : () => eventsCsvTable(events)}
    />
  );
}
