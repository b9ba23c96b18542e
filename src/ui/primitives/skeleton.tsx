// A placeholder of the right size while data loads, announced to screen readers.
interface SkeletonProps {
  height: number;
  label: string;
}

export function Skeleton({ height, label }: SkeletonProps) {
  return (
    <div className="skeleton" style={{ height }} role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
    </div>
  );
}
