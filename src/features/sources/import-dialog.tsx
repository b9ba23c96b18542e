// Import data: files in (picked or dropped), a report per file out. Parsing runs off the
// main thread with progress and Cancel; what is accepted goes to IndexedDB; a file that
// cannot be read leaves everything imported earlier as it was.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type DragEvent } from 'react';
import { datasetsOf, listDatasets, removeDataset, storeImport, type Dataset } from '@/adapters/files/dataset-store';
import { parseOffThread, type ParseJob } from '@/adapters/files/parse-off-thread';
import type { ParsedImport } from '@/adapters/files/parse-import';
import { filesAdapter } from '@/adapters/files/source';
import { formatCount, formatDayRange } from '@/domain/format';
import { parseTicker } from '@/domain/ticker';
import { queryFilters, queryKeys } from '@/queries/query-keys';
import { Dialog } from '@/ui/primitives/dialog';

/** Rejected lines and notes listed per file; the rest are counted. */
const MAX_LISTED = 200;

type FileReport =
  | { fileName: string; state: 'failed'; message: string }
  | { fileName: string; state: 'needs-symbol'; text: string; parsed: ParsedImport }
  | { fileName: string; state: 'imported'; parsed: ParsedImport; datasets: Dataset[]; replaced: string[] };

interface ImportDialogProps {
  onClose: () => void;
  /** Offered once something was imported: switch the dashboard to the imported data. */
  onShowImported: () => void;
}

export function ImportDialog({ onClose, onShowImported }: ImportDialogProps) {
  const queryClient = useQueryClient();
  const datasets = useQuery({ queryKey: queryKeys.importedDatasets, queryFn: listDatasets });
  const [reports, setReports] = useState<FileReport[]>([]);
  // `fraction`: how far into the current file the parser is.
  const [progress, setProgress] = useState<{ done: number; total: number; fraction: number }>();
  const [dragging, setDragging] = useState(false);
  const job = useRef<ParseJob>(undefined);
  const cancelled = useRef(false);

  async function refresh() {
    await queryClient.invalidateQueries({ queryKey: queryKeys.importedDatasets });
    // Every cached answer of the files source may have changed.
    await queryClient.invalidateQueries(queryFilters.allOf(filesAdapter.key));
  }

  async function importText(fileName: string, text: string, symbol?: string): Promise<FileReport> {
    const onProgress = (fraction: number) => setProgress((p) => p && { ...p, fraction });
    job.current = parseOffThread(fileName, text, symbol ? { symbol, onProgress } : { onProgress });
    const result = await job.current.result;
    if (!result.ok) return { fileName, state: 'failed', message: result.message };
    if (result.value.needsSymbol) return { fileName, state: 'needs-symbol', text, parsed: result.value };
    const made = datasetsOf(result.value, new Date().toISOString());
    const replaced = await storeImport(made);
    return { fileName, state: 'imported', parsed: result.value, datasets: made, replaced };
  }

  async function importFiles(files: File[]) {
    if (files.length === 0) return;
    cancelled.current = false;
    setReports([]);
    setProgress({ done: 0, total: files.length, fraction: 0 });
    for (const [i, file] of files.entries()) {
      if (cancelled.current) break;
      let report: FileReport;
      try {
        report = await importText(file.name, await file.text());
      } catch (error) {
        if (cancelled.current) break;
        report = { fileName: file.name, state: 'failed', message: `${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}` };
      }
      setReports((r) => [...r, report]);
      setProgress({ done: i + 1, total: files.length, fraction: 0 });
    }
    setProgress(undefined);
    await refresh();
  }

  async function importWithSymbol(report: Extract<FileReport, { state: 'needs-symbol' }>, symbol: string) {
    const next = await importText(report.fileName, report.text, symbol).catch(
      (error: unknown): FileReport => ({ fileName: report.fileName, state: 'failed', message: String(error) }),
    );
    setReports((r) => r.map((x) => (x === report ? next : x)));
    await refresh();
  }

  function cancel() {
    cancelled.current = true;
    job.current?.cancel();
    setProgress(undefined);
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    void importFiles([...e.dataTransfer.files]);
  }

  const imported = reports.some((r) => r.state === 'imported');

  return (
    <Dialog title="Import data" onClose={onClose}>
      <div
        className={`drop-zone${dragging ? ' is-dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label>
          Choose or drop files: price histories (Yahoo Finance, Stooq, Nasdaq, date/close), sentiment counts, Stocktwits
          exports (JSON or JSON lines), events (CSV or .ics).
          <input
            type="file"
            multiple
            aria-label="Data files"
            accept=".csv,.txt,.json,.jsonl,.ndjson,.ics"
            disabled={progress !== undefined}
            onChange={(e) => void importFiles([...(e.target.files ?? [])])}
          />
        </label>
      </div>

      {progress && (
        <div className="import-progress" role="status">
          <progress max={progress.total} value={progress.done + progress.fraction} aria-label="Import progress" />
          <span>
            Reading file {Math.min(progress.done + 1, progress.total)} of {progress.total}
            {progress.fraction > 0 && ` (${Math.round(progress.fraction * 100)}%)`}…
          </span>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </div>
      )}

      {reports.length > 0 && (
        <ul className="import-reports" aria-label="Import report">
          {reports.map((report) => (
            <li key={report.fileName}>
              <ReportItem report={report} onSymbol={(s) => void importWithSymbol(report as Extract<FileReport, { state: 'needs-symbol' }>, s)} />
            </li>
          ))}
        </ul>
      )}

      <h3 className="subheading">In this browser</h3>
      {datasets.data && datasets.data.length > 0 ? (
        <ul className="dataset-list" aria-label="Imported datasets">
          {datasets.data.map((d) => (
            <li key={d.key}>
              <span>
                <strong>{d.name}</strong> {d.kind} · {formatCount(d.rows, 'row')}{d.from && d.to ? ` · ${formatDayRange(d.from, d.to)}` : ''} · from {d.fileName}
              </span>
              <button
                type="button"
                aria-label={`Remove ${d.kind} ${d.name}`}
                onClick={() => void removeDataset(d.key).then(refresh)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="panel-note">Nothing imported yet.</p>
      )}

      <div className="dialog-actions">
        {imported && (
          <button type="button" onClick={onShowImported}>
            Show imported data
          </button>
        )}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

function ReportItem({ report, onSymbol }: { report: FileReport; onSymbol: (symbol: string) => void }) {
  const [symbol, setSymbol] = useState('');
  const [problem, setProblem] = useState<string>();
  if (report.state === 'failed') {
    return (
      <div className="report report-failed">
        <strong>{report.fileName}</strong>: {report.message} Nothing imported earlier was changed.
      </div>
    );
  }
  const { parsed } = report;
  return (
    <div className="report">
      <strong>{report.fileName}</strong>: read as {parsed.format}
      {report.state === 'imported' && (
        <>
          {' '}
          · {report.datasets.map((d) => `${d.name}${d.from && d.to ? ` (${formatDayRange(d.from, d.to)})` : ''}`).join(', ')} · {formatCount(parsed.accepted, 'row')} accepted
          {report.replaced.length > 0 && <div>Replaced what was imported earlier for {report.replaced.map((k) => k.replace(':', ' ')).join(', ')}.</div>}
        </>
      )}
      {report.state === 'needs-symbol' && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const t = parseTicker(symbol);
            if (t.ok) onSymbol(t.ticker);
            else setProblem(t.message);
          }}
        >
          <label>
            Which symbol is {report.fileName}?
            <input type="text" value={symbol} onChange={(e) => setSymbol(e.target.value)} aria-label={`Symbol for ${report.fileName}`} />
          </label>
          <button type="submit">Import</button>
          {problem && <span className="inline-error">{problem}</span>}
        </form>
      )}
      {parsed.notes.length > 0 && (
        // Not rejections: how the file was read where that is worth knowing (repeats, bar spacing).
        <ul className="import-notes" aria-label={`Notes on ${report.fileName}`}>
          {parsed.notes.slice(0, MAX_LISTED).map((n, i) => (
            <li key={i}>
              {n.line !== undefined && `Line ${n.line}: `}
              {n.text}
            </li>
          ))}
          {parsed.notes.length > MAX_LISTED && <li>… and {parsed.notes.length - MAX_LISTED} more</li>}
        </ul>
      )}
      {parsed.rejected.length > 0 && (
        <details>
          <summary>{formatCount(parsed.rejected.length, 'row')} rejected</summary>
          <ul className="rejected">
            {parsed.rejected.slice(0, MAX_LISTED).map((r, i) => (
              <li key={i}>
                Line {r.line}: {r.reason}
              </li>
            ))}
            {parsed.rejected.length > MAX_LISTED && <li>… and {parsed.rejected.length - MAX_LISTED} more</li>}
          </ul>
        </details>
      )}
    </div>
  );
}
