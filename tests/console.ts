// The console gate (installed by tests/setup.ts): a test that logs a console.error or a
// console.warn it did not allow fails, with what was logged. React's act() warnings, its
// reports of caught errors, MSW's unhandled requests: each is a finding, not noise.
// A test that expects a message says so first, with allowConsole.
import { format } from 'node:util';

export type ConsoleLevel = 'error' | 'warn';
const LEVELS: readonly ConsoleLevel[] = ['error', 'warn'];

interface Allowance {
  level: ConsoleLevel;
  pattern: RegExp;
  messages: string[];
}

let allowances: Allowance[] = [];
let unexpected: string[] = [];

/**
 * Lets the running test log `level` messages that match `pattern` (call it before the
 * action that logs them). Returns the messages it let through, formatted as printed, to
 * assert on. Allowances end with the test.
 */
export function allowConsole(level: ConsoleLevel, pattern: RegExp): readonly string[] {
  const allowance: Allowance = { level, pattern, messages: [] };
  allowances.push(allowance);
  return allowance.messages;
}

/** Routes console.error and console.warn through the gate; returns what puts them back. */
export function installConsoleGate(): () => void {
  const originals = { error: console.error, warn: console.warn };
  for (const level of LEVELS) {
    console[level] = (...args: unknown[]) => {
      const message = format(...args);
      const allowance = allowances.find((a) => a.level === level && message.search(a.pattern) !== -1);
      if (allowance) allowance.messages.push(message);
      else unexpected.push(`console.${level}: ${message}`);
    };
  }
  return () => Object.assign(console, originals);
}

/** Ends the test's allowances, and throws with whatever was logged that no test allowed. */
export function checkConsole(when: string): void {
  const logged = unexpected;
  unexpected = [];
  allowances = [];
  if (logged.length === 0) return;
  const counts = new Map<string, number>();
  for (const message of logged) counts.set(message, (counts.get(message) ?? 0) + 1);
  const distinct = [...counts].map(([message, n]) => (n > 1 ? `(${n} times) ${message}` : message));
  const more = distinct.length > 5 ? `\n\n… and ${distinct.length - 5} more different ones` : '';
  throw new Error(
    `${logged.length} unexpected console message(s) ${when} (a test that expects one says so with allowConsole):\n\n${distinct.slice(0, 5).join('\n\n')}${more}`,
  );
}
