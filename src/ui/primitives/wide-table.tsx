// A table wider than a phone: there it shows its main columns and a toggle brings the
// others (cells marked `col-secondary`); a wider screen shows them all. Either way the
// page never scrolls sideways, and the table itself only when asked to show everything.
import { useState, type ReactNode } from 'react';

export function WideTable({ children, className = '' }: { children: ReactNode; className?: string }) {
  const [all, setAll] = useState(false);
  return (
    <div className={`wide-table${all ? ' all-columns' : ''}`}>
      {/* Focusable so the keyboard can scroll it. */}
      <div className={`table-scroll ${className}`} tabIndex={0}>
        {children}
      </div>
      <button type="button" className="link-button columns-toggle" aria-pressed={all} onClick={() => setAll(!all)}>
        All columns
      </button>
    </div>
  );
}
