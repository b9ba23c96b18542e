// @vitest-environment node
// Ticker syntax (docs/definitions.md#types): upper case, 1-10 chars of A-Z 0-9 . - ^;
// anything else is rejected with a message a person can act on.
import { isTicker, parseTicker } from '@/domain/ticker';

function rejection(raw: string): string {
  const result = parseTicker(raw);
  if (result.ok) throw new Error(`expected ${JSON.stringify(raw)} to be rejected, got ${result.ticker}`);
  return result.message;
}

describe('parseTicker', () => {
  it.each([
    ['spy ', 'SPY'],
    ['  qqq', 'QQQ'],
    ['SPY', 'SPY'],
    ['BRK.B', 'BRK.B'],
    ['brk.b', 'BRK.B'],
    ['^GSPC', '^GSPC'],
    ['RDS-A', 'RDS-A'],
    ['0700', '0700'],
    ['A', 'A'],
    ['ABCDEFGHIJ', 'ABCDEFGHIJ'],
  ])('accepts %j as %s', (raw, ticker) => {
    expect(parseTicker(raw)).toEqual({ ok: true, ticker });
  });

  it.each(['', '   ', 'TOO-LONG-TICKER', 'ABCDEFGHIJK', 'S P Y', '$$$', 'ÄBC', 'SPY,QQQ', 'SPY/USD', 'SP_Y'])(
    'rejects %j with a message',
    (raw) => {
      expect(rejection(raw).length).toBeGreaterThan(10);
    },
  );

  it('tells an empty box, a too-long ticker and a bad character apart', () => {
    expect(rejection('')).toMatch(/type a ticker/i);
    expect(rejection('TOO-LONG-TICKER')).toMatch(/too long.*10 characters/i);
    expect(rejection('$$$')).toContain('"$$$"');
    expect(rejection('$$$')).toMatch(/letters, digits and \. - \^/);
    expect(rejection('ÄBC')).toContain('ÄBC');
  });
});

describe('isTicker', () => {
  it('accepts only the canonical upper-case form', () => {
    expect(isTicker('SPY')).toBe(true);
    expect(isTicker('^GSPC')).toBe(true);
    expect(isTicker('spy')).toBe(false);
    expect(isTicker('SPY ')).toBe(false);
    expect(isTicker('')).toBe(false);
    expect(isTicker('ABCDEFGHIJK')).toBe(false);
  });
});

describe('parseTicker and letters that change when upper-cased', () => {
  it.each(['ß', 'spı', 'ﬀ'])('rejects %s instead of turning it into ASCII', (raw) => {
    expect(parseTicker(raw).ok).toBe(false);
  });
});
