// Each symbol keeps its look while others come and go.
import { describe, expect, it } from 'vitest';
import { assignSlots, SLOT_COUNT } from '@/domain/series-slots';

describe('assignSlots', () => {
  it('gives new symbols the lowest free slots, in order', () => {
    expect([...assignSlots(['SPY', 'QQQ', 'MCHI'], {})]).toEqual([['SPY', 0], ['QQQ', 1], ['MCHI', 2]]);
  });

  it('keeps the others where they were when one is removed, and gives a newcomer the freed slot', () => {
    const before = assignSlots(['SPY', 'QQQ', 'MCHI'], {});
    const remembered = Object.fromEntries(before);
    expect([...assignSlots(['SPY', 'MCHI'], remembered)]).toEqual([['SPY', 0], ['MCHI', 2]]);
    expect(assignSlots(['SPY', 'MCHI', 'FXI'], remembered).get('FXI')).toBe(1);
  });

  it('gives a returning symbol its own slot back when free, else the lowest free one', () => {
    const remembered = { SPY: 0, QQQ: 1, MCHI: 2, FXI: 1 };
    expect(assignSlots(['SPY', 'MCHI', 'QQQ'], remembered).get('QQQ')).toBe(1);
    // QQQ and FXI both remember slot 1: the earlier symbol keeps it.
    expect([...assignSlots(['FXI', 'QQQ'], remembered)]).toEqual([['FXI', 1], ['QQQ', 0]]);
  });

  it('never gives two shown symbols one slot while slots are free, and wraps past the last', () => {
    const symbols = Array.from({ length: SLOT_COUNT + 2 }, (_, i) => `S${i}`);
    const slots = assignSlots(symbols, {});
    expect(new Set([...slots.values()].slice(0, SLOT_COUNT)).size).toBe(SLOT_COUNT);
    expect(slots.get(`S${SLOT_COUNT}`)).toBe(0);
  });
});
