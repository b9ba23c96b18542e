// @vitest-environment node
// The coordinates of a line's path: written from whole numbers for speed, they must read
// exactly as the plain rounding to a tenth of a pixel does.
import fc from 'fast-check';
import { tenths } from '@/ui/chart/lines';

describe('tenths', () => {
  it('writes any coordinate as String(Math.round(n * 10) / 10) does', () => {
    const coordinate = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: -100_000, max: 100_000 }).map((t) => t / 100));
    fc.assert(
      fc.property(coordinate, (n) => {
        expect(tenths(n)).toBe(String(Math.round(n * 10) / 10));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the sign of a small negative and drops it from a rounded zero', () => {
    expect([-0.5, -0.15, -0.04, 0, 0.05, 12.34, 100.95].map(tenths)).toEqual(['-0.5', '-0.1', '0', '0', '0.1', '12.3', '101']);
  });
});
