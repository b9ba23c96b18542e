// Range presets plus a custom start and an as-of date (docs/definitions.md#returns).
import { useShallow } from 'zustand/react/shallow';
import { isIsoDate } from '@/domain/dates';
import { RANGE_PRESETS } from '@/domain/types';
import { usePriceView } from '@/queries/view-data';
import { useViewStore } from '@/stores/view-store';

export function RangePicker() {
  const { range, from, to } = useViewStore(useShallow((s) => ({ range: s.range, from: s.from, to: s.to })));
  const { setRange: onRange, setCustomFrom: onFrom, setTo: onTo } = useViewStore.getState();
  // Shown when no as-of date is set: the date the figures are computed at.
  const { asOfDate } = usePriceView();
  return (
    <div className="range-picker">
      <div role="group" aria-label="Range" className="segmented">
        {RANGE_PRESETS.map((preset) => (
          <button key={preset} type="button" aria-pressed={range === preset} onClick={() => onRange(preset)}>
            {preset}
          </button>
        ))}
      </div>
      <label className="inline-field">
        From
        <input
          type="date"
          value={range === 'custom' ? (from ?? '') : ''}
          max={to ?? asOfDate}
          onChange={(e) => isIsoDate(e.target.value) && onFrom(e.target.value)}
        />
      </label>
      <label className="inline-field">
        As of
        <input
          type="date"
          value={to ?? asOfDate ?? ''}
          min={range === 'custom' ? from : undefined}
          onChange={(e) => onTo(isIsoDate(e.target.value) ? e.target.value : undefined)}
        />
      </label>
      {to && (
        <button type="button" className="link-button" onClick={() => onTo(undefined)}>
          Latest
        </button>
      )}
    </div>
  );
}
