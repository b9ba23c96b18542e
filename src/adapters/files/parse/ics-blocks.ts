// Splits iCalendar text into its VEVENT blocks, each with the line it starts on and the
// lines of its properties, so one broken event costs only itself and messages can point.
import { SPACE } from './text';

export interface IcsBlock {
  line: number;
  text: string;
  /** First line of each top-level property of the event, by upper-case name. */
  propertyLines: Map<string, number>;
  /** Its value as written (after the first colon), for messages. */
  propertyText: Map<string, string>;
  closed: boolean;
}

type OpenBlock = Omit<IcsBlock, 'text' | 'closed'> & { lines: string[]; depth: number };

function toBlock(open: OpenBlock, closed: boolean): IcsBlock {
  return { line: open.line, text: open.lines.join('\r\n'), propertyLines: open.propertyLines, propertyText: open.propertyText, closed };
}

/** Splits out the VEVENT blocks with their line numbers, so one broken event costs only itself. */
export function icsBlocks(text: string): IcsBlock[] {
  const blocks: IcsBlock[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  let current: OpenBlock | undefined;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const upper = raw.trimEnd().toUpperCase();
    if (!current) {
      if (upper === 'BEGIN:VEVENT') current = { line: i + 1, lines: [raw], propertyLines: new Map(), propertyText: new Map(), depth: 0 };
      continue;
    }
    current.lines.push(raw);
    if (upper.startsWith('BEGIN:')) current.depth++;
    else if (upper.startsWith('END:')) {
      if (current.depth === 0) {
        blocks.push(toBlock(current, upper === 'END:VEVENT'));
        current = undefined;
      } else current.depth--;
    } else if (current.depth === 0 && raw !== '' && raw.charCodeAt(0) !== SPACE && raw.charCodeAt(0) !== 9) {
      const name = /^[A-Za-z0-9-]+/.exec(raw)?.[0]?.toUpperCase();
      if (name && !current.propertyLines.has(name)) {
        current.propertyLines.set(name, i + 1);
        const colon = raw.indexOf(':');
        current.propertyText.set(name, colon === -1 ? '' : raw.slice(colon + 1));
      }
    }
  }
  if (current) blocks.push(toBlock(current, false));
  return blocks;
}
