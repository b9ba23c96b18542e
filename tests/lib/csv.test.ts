// The one CSV writer: numbers as numbers (a negative return stays a number), text that
// a spreadsheet would run as a formula neutralised, quoting by papaparse.
import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/csv';
import { percentCell, rounded } from '@/lib/csv-table';

describe('toCsv', () => {
  it('writes numbers as they are, negative ones included, and absent or non-finite values as empty cells', () => {
    const csv = toCsv({ fields: ['date', 'return (%)', 'close'], rows: [['2025-01-02', -1.2345, 99.5], ['2025-01-03', undefined, Number.NaN], ['2025-01-06', 0, Infinity]] });
    expect(csv.split('\r\n')).toEqual(['date,return (%),close', '2025-01-02,-1.2345,99.5', '2025-01-03,,', '2025-01-06,0,']);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['plain text', 'plain text'],
    ['a = b', 'a = b'],
  ])('neutralises the text %j', (text, written) => {
    const csv = toCsv({ fields: ['title'], rows: [[text]] });
    expect(csv.split('\r\n')[1]).toBe(written);
  });

  it('neutralises a carriage return at the start of a cell, which then needs quotes', () => {
    expect(toCsv({ fields: ['t'], rows: [['\r=cmd']] }).split('\r\n').slice(1).join('\r\n')).toBe(`"'\r=cmd"`);
  });

  it('neutralises headers too (a ticker may start with - or ^) and quotes commas, quotes and line breaks', () => {
    const csv = toCsv({ fields: ['-X close', 'title'], rows: [[1, 'Talks, in "Stockholm"\nday 2']] });
    expect(csv).toBe(`'-X close,title\r\n1,"Talks, in ""Stockholm""\nday 2"`);
  });
});

describe('cells', () => {
  it('rounds to the given decimals, without a negative zero', () => {
    expect(rounded(1.23456, 2)).toBe(1.23);
    expect(rounded(-0.00001, 4)).toBe(0);
    expect(Object.is(rounded(-0.00001, 4), -0)).toBe(false);
    expect(rounded(undefined, 2)).toBeUndefined();
    expect(rounded(Number.NaN, 2)).toBeUndefined();
  });

  it('writes a fraction as percent with four decimals', () => {
    expect(percentCell(0.0901234567)).toBe(9.0123);
    expect(percentCell(-0.123)).toBe(-12.3);
    expect(percentCell(undefined)).toBeUndefined();
  });
});
