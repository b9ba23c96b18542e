// Runs parseImport in a Web Worker where there is one (the browser), on the main thread
// otherwise (tests), with cancellation either way.
import type { ImportOptions, ImportResult } from './parse-import';
import type { ParseMessage, ParseRequest } from './parse-worker';

export interface ParseJob {
  result: Promise<ImportResult>;
  cancel: () => void;
}

/** `options.onProgress` is called on this thread with the share of the file parsed. */
export function parseOffThread(fileName: string, text: string, options: ImportOptions = {}): ParseJob {
  if (typeof Worker === 'undefined') {
    let cancelled = false;
    const result = import('./parse-import').then(({ parseImport }) => {
      if (cancelled) throw new DOMException('Import cancelled', 'AbortError');
      return parseImport(fileName, text, options);
    });
    return { result, cancel: () => (cancelled = true) };
  }
  const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
  let reject: (reason: unknown) => void = () => undefined;
  const result = new Promise<ImportResult>((resolve, fail) => {
    reject = fail;
    worker.onmessage = (event: MessageEvent<ParseMessage>) => {
      if (event.data.type === 'progress') options.onProgress?.(event.data.fraction);
      else resolve(event.data.result);
    };
    worker.onerror = (event) => fail(new Error(event.message || 'The import worker failed.'));
    const { onProgress, ...serialisable } = options;
    worker.postMessage({ fileName, text, options: serialisable } satisfies ParseRequest);
  }).finally(() => worker.terminate());
  return {
    result,
    cancel: () => {
      worker.terminate();
      reject(new DOMException('Import cancelled', 'AbortError'));
    },
  };
}
