// The console gate itself (tests/console.ts, installed in tests/setup.ts): what no test
// allowed fails the test, an allowance lets its messages through for the test to assert on,
// and MSW's report of an unhandled request is one of the failures.
import { describe, expect, it } from 'vitest';
import { allowConsole, checkConsole } from './console';

describe('the console gate', () => {
  it('fails a test on an error or a warning it did not allow, saying what was logged', () => {
    console.error('Something broke: %s', 'the chart');
    console.warn('Something is odd');
    console.warn('Something is odd');
    // What the afterEach in tests/setup.ts does; here it must throw, and leave nothing behind.
    expect(() => checkConsole('here')).toThrow(
      /^3 unexpected console message\(s\) here .*console\.error: Something broke: the chart.*\(2 times\) console\.warn: Something is odd/s,
    );
    expect(() => checkConsole('here')).not.toThrow();
  });

  it('lets through what a test allows, and only at that level, and returns it', () => {
    const reported = allowConsole('error', /^Expected: /);
    console.error('Expected: %d', 1);
    console.warn('Expected: 2');
    expect(reported).toEqual(['Expected: 1']);
    expect(() => checkConsole('here')).toThrow(/^1 unexpected .*console\.warn: Expected: 2/s);
  });

  it('ends an allowance with its test', () => {
    allowConsole('error', /^Expected/);
    checkConsole('here');
    console.error('Expected, but by the test before');
    expect(() => checkConsole('here')).toThrow(/Expected, but by the test before/);
  });

  it('counts a request no handler answers (MSW) as a failure', async () => {
    await expect(fetch('http://unhandled.test/nowhere')).rejects.toThrow();
    expect(() => checkConsole('here')).toThrow(/console\.error: \[MSW\] Error: intercepted a request without a matching request handler.*GET http:\/\/unhandled\.test\/nowhere/s);
  });
});
