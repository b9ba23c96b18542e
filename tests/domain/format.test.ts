// @vitest-environment node
// What a reader sees for a fraction: one decimal, a sign, and 0.0% for anything that
// rounds to zero (docs/definitions.md#returns).
import { formatAxisDate, formatCount, formatDate, formatPercent, formatPoints, formatPrice } from '@/domain/format';
import { toTime } from '@/domain/dates';

describe('formatPercent', () => {
  it.each([
    [0.09, '+9.0%'],
    [-0.1234, '-12.3%'],
    [0.281, '+28.1%'],
    [0.2576, '+25.8%'],
    [0.00049, '0.0%'],
    [-0.00049, '0.0%'],
    [0, '0.0%'],
    [-0, '0.0%'],
    [0.001, '+0.1%'],
    [-0.001, '-0.1%'],
    [1, '+100.0%'],
    [-0.5, '-50.0%'],
    [2.5, '+250.0%'],
  ])('formatPercent(%s) = %s', (fraction, expected) => {
    expect(formatPercent(fraction)).toBe(expected);
  });

  it('never shows a signed zero', () => {
    for (const tiny of [1e-9, -1e-9, 0.0004, -0.0004]) expect(formatPercent(tiny)).toBe('0.0%');
  });
});

describe('formatPoints', () => {
  it.each([
    [0.021, '+2.1 pts'],
    [-0.0208, '-2.1 pts'],
    [0.17, '+17.0 pts'],
    [0.0004, '0.0 pts'],
    [-0.0004, '0.0 pts'],
    [0, '0.0 pts'],
  ])('formatPoints(%s) = %s', (fraction, expected) => {
    expect(formatPoints(fraction)).toBe(expected);
  });

  it('a difference of two returns reads in points', () => {
    // QQQ +11.0% vs SPY +9.0%: 2.0 points ahead
    expect(formatPoints(0.11 - 0.09)).toBe('+2.0 pts');
  });
});

describe('formatPrice / dates', () => {
  it('prices have two decimals and thousands separators', () => {
    expect(formatPrice(637.1)).toBe('637.10');
    expect(formatPrice(1234.567)).toBe('1,234.57');
  });

  it('dates read in UTC, the day the bar belongs to', () => {
    expect(formatDate(toTime('2025-07-25'))).toBe('Jul 25, 2025');
    expect(formatDate(toTime('2025-01-01'))).toBe('Jan 1, 2025');
  });

  it('axis ticks show the day on short spans and the month on long ones, with the year on January and the first', () => {
    expect(formatAxisDate(toTime('2025-07-25'), 'day')).toBe('Jul 25');
    expect(formatAxisDate(toTime('2025-07-01'), 'month')).toBe('Jul');
    expect(formatAxisDate(toTime('2025-07-01'), 'month', true)).toBe('Jul 2025');
    expect(formatAxisDate(toTime('2025-01-01'), 'month')).toBe('Jan 2025');
    expect(formatAxisDate(toTime('2025-01-01'), 'year')).toBe('2025');
  });
});

describe('formatCount', () => {
  it('writes one in the singular, any other count in the plural', () => {
    expect(formatCount(1, 'row')).toBe('1 row');
    expect(formatCount(0, 'row')).toBe('0 rows');
    expect(formatCount(2, 'row')).toBe('2 rows');
    expect(formatCount(3, 'series', 'series')).toBe('3 series');
  });
});

describe('rounding is symmetric around zero', () => {
  it('rounds halves away from zero for gains and losses alike', () => {
    expect(formatPercent(0.0015)).toBe('+0.2%');
    expect(formatPercent(-0.0015)).toBe('-0.2%');
    expect(formatPercent(-0.0005)).toBe('-0.1%');
    expect(formatPoints(-0.0005)).toBe('-0.1 pts');
  });

  it('shows a dash, not NaN, for a value that is not a number', () => {
    expect(formatPercent(Number.NaN)).toBe('–');
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe('–');
  });
});
