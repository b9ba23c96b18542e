// Price or total return (DEFINITIONS.md section 2).
import type { Basis } from '@/domain/types';

const OPTIONS: { basis: Basis; label: string }[] = [
  { basis: 'price', label: 'Price' },
  { basis: 'total', label: 'Total return' },
];

export function BasisPicker({ basis, onChange }: { basis: Basis; onChange: (basis: Basis) => void }) {
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
