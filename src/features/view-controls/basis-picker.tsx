// Price or total return (docs/definitions.md#returns).
import type { Basis } from '@/domain/types';
import { useViewStore } from '@/stores/view-store';

const OPTIONS: { basis: Basis; label: string }[] = [
  { basis: 'price', label: 'Price' },
  { basis: 'total', label: 'Total return' },
];

export function BasisPicker() {
  const basis = useViewStore((s) => s.basis);
  const onChange = useViewStore((s) => s.setBasis);
  return (
    <div role="group" aria-label="Basis" className="segmented">
      {OPTIONS.map((o) => (
        <button key={o.basis} type="button" aria-pressed={basis === o.basis} onClick={() => onChange(o.basis)}>
          {o.label}
        </button>
      ))}
    </div>
  );
}
