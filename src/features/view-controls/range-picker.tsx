// Range presets plus a custom start and an as-of date.
import { RANGE_PRESETS, type IsoDate, type RangeKind, type RangePreset } from '@/domain/types';
import { isIsoDate } from '@/domain/dates';

interface RangePickerProps {
  range: RangeKind;
  from?: IsoDate;
  to?: IsoDate;
  /** The date figures are computed at, shown when `to` is not set. */
  asOfDate?: IsoDate;
  onRange: (range: RangePreset) => void;
  onFrom: (from: IsoDate) => void;
  onTo: (to: IsoDate | undefined) => void;
}

export function RangePicker({ range, from, to, asOfDate, onRange, onFrom, onTo }: RangePickerProps) {
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
