// Runs parseImport in a Web Worker where there is one (the browser), on the main thread
// otherwise (tests), with cancellation either way.
import type { ImportOptions, ImportResult } from './parse-import';
import type { ParseRequest } from './parse-worker';

export interface ParseJob {
  result: Promise<ImportResult>;
  cancel: () => void;
}

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
    worker.onmessage = (event: MessageEvent<ImportResult>) => resolve(event.data);
    worker.onerror = (event) => fail(new Error(event.message || 'The import worker failed.'));
    worker.postMessage({ fileName, text, options } satisfies ParseRequest);
  }).finally(() => worker.terminate());
  return {
    result,
    cancel: () => {
      worker.terminate();
      reject(new DOMException('Import cancelled', 'AbortError'));
    },
  };
}
