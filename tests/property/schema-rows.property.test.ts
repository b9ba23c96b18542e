// @vitest-environment node
// The fast row checks of the contract's schemas (src/adapters/schema-rows.ts) answer
// exactly as zod's own array of the row schema: the same rows accepted, built the same
// (keys, order, values), and for a refused array the same first message at the same path.
import fc from 'fast-check';
import * as z from 'zod/mini';
import { rows } from '@/adapters/schema-rows';
import { fastPriceBar, fastSentimentDay, priceBar, sentimentDay } from '@/adapters/schemas';
import { anyText, isoDate, price } from './arbitraries';

const RUNS = 400;

/** A field's value: usually a fitting one, sometimes anything that might not fit. */
function field(fitting: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(
    fc.constantFrom(undefined, null, NaN, Infinity, -Infinity, -0, 0, -1, 1e-9, 1e13, 2 ** 53, 1.5, '', '12', true, [], {}),
    fc.double(),
    fc.integer(),
    anyText,
  );
  return fc.oneof({ arbitrary: fitting, weight: 6 }, { arbitrary: wrong, weight: 1 });
}

/** An object with some of `fields`, each maybe wrong, and now and then a key of its own. */
function rowLike(fields: Record<string, fc.Arbitrary<unknown>>, required: readonly string[]): fc.Arbitrary<unknown> {
  const record = fc.record(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, field(v)])), {
    requiredKeys: required.filter(() => true),
  });
  const withExtra = fc.tuple(record, fc.option(fc.tuple(fc.constantFrom('extra', 'Close', '__proto__x'), anyText))).map(([r, extra]) =>
    extra ? { ...r, [extra[0]]: extra[1] } : r,
  );
  return fc.oneof({ arbitrary: withExtra, weight: 12 }, { arbitrary: fc.constantFrom(null, 'a row', 3, [], [1, 2]), weight: 1 });
}

const dateField = fc.oneof(isoDate, fc.constantFrom('2025-02-30', '2025-1-1', '0025-01-01', '1900-02-29'));

const barLike = rowLike(
  { date: dateField, close: price, adjClose: price, open: price, high: price, low: price, volume: fc.integer({ min: 0, max: 1e9 }) },
  ['date', 'close'],
);
const count = fc.integer({ min: 0, max: 5000 });
const dayLike = rowLike({ date: dateField, bullish: count, bearish: count, messages: count }, ['date', 'bullish', 'bearish', 'messages']);

function sameAnswers(fast: z.ZodMiniType, reference: z.ZodMiniType, values: unknown[]) {
  const a = fast.safeParse(values);
  const b = reference.safeParse(values);
  expect(a.success).toBe(b.success);
  if (a.success && b.success) {
    expect(a.data).toStrictEqual(b.data);
    // The same keys in the same order, as the rest of the app (and JSON) sees them.
    expect(JSON.stringify(a.data)).toBe(JSON.stringify(b.data));
  } else {
    const first = (r: typeof a) => (r.success ? undefined : { path: r.error.issues[0]?.path, message: r.error.issues[0]?.message });
    expect(first(a)).toEqual(first(b));
  }
}

it('price bars: the fast rows accept, build and refuse as z.array(priceBar)', () => {
  const fast = rows(priceBar, fastPriceBar);
  const reference = z.array(priceBar);
  fc.assert(fc.property(fc.array(barLike, { maxLength: 8 }), (values) => sameAnswers(fast, reference, values)), { numRuns: RUNS });
});

it('sentiment days: the fast rows accept, build and refuse as z.array(sentimentDay)', () => {
  const fast = rows(sentimentDay, fastSentimentDay);
  const reference = z.array(sentimentDay);
  fc.assert(fc.property(fc.array(dayLike, { maxLength: 8 }), (values) => sameAnswers(fast, reference, values)), { numRuns: RUNS });
});

it('a refused row is named by its index within the payload, as before', () => {
  const fast = z.object({ bars: rows(priceBar, fastPriceBar) });
  const result = fast.safeParse({ bars: [{ date: '2025-01-02', close: 1 }, { date: '2025-01-03', close: -1 }] });
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]).toMatchObject({ path: ['bars', 1, 'close'], message: 'expected a price from 1e-8 to 1e+12' });
});
