// A semicircle gauge with labelled zones and a needle, exposed as a `meter`.
import { useId } from 'react';

export interface GaugeZone {
  from: number;
  to: number;
  label: string;
  /** Written beside the arc; `label` when absent. */
  shortLabel?: string;
  color: string;
}

interface GaugeProps {
  /** Accessible name, e.g. "SPY sentiment". */
  label: string;
  value: number;
  valueText: string;
  min: number;
  max: number;
  zones: readonly GaugeZone[];
}

const R = 72;
// Wide enough that the zone names beside the arc fit at a readable size (styles.css).
const WIDTH = 340;
const CX = WIDTH / 2;
const CY = 100;

/** The point on the arc for a value: min at the left end, max at the right. */
function point(value: number, min: number, max: number, radius: number) {
  const angle = Math.PI * (1 - (value - min) / (max - min));
  return { x: CX + radius * Math.cos(angle), y: CY - radius * Math.sin(angle) };
}

function arc(from: number, to: number, min: number, max: number) {
  const a = point(from, min, max, R);
  const b = point(to, min, max, R);
  return `M ${a.x} ${a.y} A ${R} ${R} 0 0 1 ${b.x} ${b.y}`;
}

export function Gauge({ label, value, valueText, min, max, zones }: GaugeProps) {
  const titleId = useId();
  const clamped = Math.min(Math.max(value, min), max);
  const tip = point(clamped, min, max, R - 14);
  return (
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={Math.round(value)}
      aria-valuetext={valueText}
      className="gauge"
    >
      <svg viewBox={`0 0 ${WIDTH} 112`} aria-labelledby={titleId}>
        <title id={titleId}>{`${label}: ${valueText}`}</title>
        {zones.map((z) => {
          const mid = point((z.from + z.to) / 2, min, max, R + 17);
          const anchor = mid.x < CX - 20 ? 'end' : mid.x > CX + 20 ? 'start' : 'middle';
          return (
            <g key={z.label}>
              <path d={arc(z.from, z.to, min, max)} stroke={z.color} strokeWidth={16} fill="none">
                <title>{z.label}</title>
              </path>
              <text x={mid.x} y={mid.y} className="gauge-zone-label" textAnchor={anchor} dominantBaseline="middle">
                {z.shortLabel ?? z.label}
              </text>
            </g>
          );
        })}
        {zones.slice(1).map((z) => {
          const a = point(z.from, min, max, R - 9);
          const b = point(z.from, min, max, R + 9);
          return <line key={z.label} x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke="var(--surface)" strokeWidth={2} />;
        })}
        <line x1={CX} y1={CY} x2={tip.x} y2={tip.y} className="gauge-needle" strokeWidth={3} strokeLinecap="round" />
        <circle cx={CX} cy={CY} r={5} className="gauge-hub" />
      </svg>
    </div>
  );
}
