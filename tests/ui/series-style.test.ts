import { seriesStyle } from '@/ui/chart/series-style';

describe('seriesStyle', () => {
  it('tells eight series apart by dash pattern as well as colour', () => {
    const styles = Array.from({ length: 8 }, (_, i) => seriesStyle(i));
    expect(new Set(styles.map((s) => s.dash ?? 'solid')).size).toBe(8);
    expect(new Set(styles.map((s) => s.color)).size).toBe(8);
  });
});
