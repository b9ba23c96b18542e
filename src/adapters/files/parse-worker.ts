// Parses imported files off the main thread, so a file of tens of MB never freezes the page.
import { parseImport, type ImportOptions } from './parse-import';

export interface ParseRequest {
  fileName: string;
  text: string;
  options: ImportOptions;
}

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { fileName, text, options } = event.data;
  self.postMessage(parseImport(fileName, text, options));
};
