// Parses imported files off the main thread, so a file of tens of MB never freezes the
// page; posts progress while it reads, then the result.
import { parseImport, type ImportOptions, type ImportResult } from './parse-import';

export interface ParseRequest {
  fileName: string;
  text: string;
  options: Omit<ImportOptions, 'onProgress'>;
}

export type ParseMessage = { type: 'progress'; fraction: number } | { type: 'result'; result: ImportResult };

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { fileName, text, options } = event.data;
  const post = (message: ParseMessage) => self.postMessage(message);
  const result = parseImport(fileName, text, { ...options, onProgress: (fraction) => post({ type: 'progress', fraction }) });
  post({ type: 'result', result });
};
