// The download buttons of a panel's header: its data as CSV, its chart as PNG. Named
// per panel ("Download Performance as CSV") so every name on the page is unique; what
// fails is said next to the button.
import { useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type { CsvTable } from '@/lib/csv-table';
import { downloadBlob, downloadText } from './download';

/** Buttons and controls side by side in a panel's header. */
export function HeaderActions({ children }: { children: ReactNode }) {
  return <div className="header-actions">{children}</div>;
}

interface CsvButtonProps {
  /** The panel, as its heading names it. */
  subject: string;
  fileName: string;
  /** Built on click, from what the panel shows; absent while there is nothing to save. */
  table: (() => CsvTable) | undefined;
}

export function CsvButton({ subject, fileName, table }: CsvButtonProps) {
  return (
    <DownloadButton
      label={`Download ${subject} as CSV`}
      text="CSV"
      disabled={!table}
      save={async () => {
        if (!table) return;
        // The writer (papaparse) loads on first export, not with the page.
        const { toCsv } = await import('@/lib/csv');
        downloadText(fileName, toCsv(table()), 'text/csv;charset=utf-8');
      }}
    />
  );
}

interface PngButtonProps {
  subject: string;
  fileName: string;
  /** A line under the title of the image, e.g. what the figures are measured from. */
  caption?: string;
  disabled?: boolean;
}

/** Saves the charts of the panel the button sits in. */
export function PngButton({ subject, fileName, caption, disabled }: PngButtonProps) {
  return (
    <DownloadButton
      label={`Download ${subject} chart as PNG`}
      text="PNG"
      disabled={disabled}
      save={async (button) => {
        const panel = button.closest('section');
        if (!panel) throw new Error('There is no chart to save.');
        // Loaded on first use, not with the page.
        const { panelChartsPng } = await import('./export-png');
        downloadBlob(fileName, await panelChartsPng(panel, { title: subject, caption }));
      }}
    />
  );
}

interface DownloadButtonProps {
  label: string;
  text: string;
  disabled?: boolean;
  save: (button: HTMLButtonElement) => Promise<void>;
}

function DownloadButton({ label, text, disabled, save }: DownloadButtonProps) {
  // Not `disabled` while saving: a disabled button would drop the keyboard focus.
  const busy = useRef(false);
  const [error, setError] = useState<string>();
  const onClick = async (event: MouseEvent<HTMLButtonElement>) => {
    if (busy.current) return;
    busy.current = true;
    setError(undefined);
    try {
      await save(event.currentTarget);
    } catch (e) {
      setError(`${label} failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      busy.current = false;
    }
  };
  return (
    <>
      <button type="button" className="download-button" aria-label={label} title={label} disabled={disabled} onClick={(e) => void onClick(e)}>
        <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
          <path d="M6 1v7M3 5l3 3 3-3M1.5 11h9" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
        {text}
      </button>
      {error && (
        <span className="inline-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
