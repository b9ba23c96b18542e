// @vitest-environment node
// What event markers and clusters are called, what their labels may read, and how wide a
// label is taken to be (docs/definitions.md#accessible-names, "chart marks").
import { describe, expect, it } from 'vitest';
import { clusterName, labelTexts, markerName, shortLabel } from '@/domain/event-labels';
import { textWidth } from '@/domain/text-width';

describe('names', () => {
  it('names a marker by its ISO dates and title', () => {
    expect(markerName({ date: '2025-08-01', title: 'Deadline for trade deals' })).toBe('Aug 1, 2025: Deadline for trade deals');
    expect(markerName({ date: '2025-07-28', endDate: '2025-07-29', title: 'US-China trade talks in Stockholm' })).toBe(
      'Jul 28, 2025 to Jul 29, 2025: US-China trade talks in Stockholm',
    );
  });

  it('names a cluster by its count and the days it spans, a multi-day event to its last day', () => {
    const events = [{ date: '2025-07-28', endDate: '2025-07-29' }, { date: '2025-07-30' }, { date: '2025-08-01' }] as const;
    expect(clusterName(events)).toBe('3 events, Jul 28, 2025 to Aug 1, 2025');
    expect(clusterName([{ date: '2025-05-10', endDate: '2025-05-11' }, { date: '2025-05-10' }])).toBe('2 events, May 10, 2025 to May 11, 2025');
    expect(clusterName([{ date: '2025-02-04' }, { date: '2025-02-04' }])).toBe('2 events, Feb 4, 2025');
  });
});

describe('label texts', () => {
  it('cuts a title to whole words with an ellipsis, every word shown being in the name', () => {
    expect(shortLabel('Joint statement cuts tariffs for 90 days', 16)).toBe('Joint statement…');
    expect(shortLabel('Busan terms take effect', 24)).toBe('Busan terms take effect');
    expect(shortLabel('Reciprocal, tariffs announced', 12)).toBe('Reciprocal…');
    expect(shortLabel('Supercalifragilistic expialidocious', 10)).toBe('Supercalifragilistic…');
    // The cut ends exactly at a word's end: that word stays.
    expect(shortLabel('Licence required to export Nvidia H20 AI chips to China', 16)).toBe('Licence required…');
  });

  it('offers the whole title first, then shorter cuts', () => {
    const texts = labelTexts([{ id: 'a', title: 'Joint statement cuts tariffs for 90 days' }]);
    expect(texts.get('a')).toEqual(['Joint statement cuts tariffs for 90 days', 'Joint statement cuts…', 'Joint statement…']);
  });

  it('leaves out a cut that would read like another event’s label, so look-alike talks keep their city', () => {
    const texts = labelTexts([
      { id: 'geneva', title: 'US-China trade talks in Geneva' },
      { id: 'london', title: 'US-China trade talks in London' },
      { id: 'call', title: 'Trump and Xi speak by phone' },
    ]);
    expect(texts.get('geneva')).toEqual(['US-China trade talks in Geneva']);
    expect(texts.get('london')).toEqual(['US-China trade talks in London']);
    expect(texts.get('call')).toEqual(['Trump and Xi speak by phone', 'Trump and Xi speak by…', 'Trump and Xi…']);
  });
});

describe('textWidth', () => {
  // Widths Debian's Chromium measured for 11px system-ui (DejaVu Sans): the estimate must not fall short.
  it.each([
    ['US issues AI chip export framework', 195.2],
    ['US-China trade talks in Stockholm', 187.9],
    ['Reciprocal tariff pause extended to August 1', 245.7],
    ['Trump and Xi…', 83.6],
    ['MWMW 100%', 75.7],
  ])('takes %s as at least its measured width', (text, measured) => {
    expect(textWidth(text, 11)).toBeGreaterThanOrEqual(measured);
    // ... and not much more, or labels would be dropped for nothing.
    expect(textWidth(text, 11)).toBeLessThan(measured * 1.2);
  });

  it('counts full-width scripts as 1 em a character', () => {
    expect(textWidth('中美贸易', 10)).toBe(40);
  });
});
