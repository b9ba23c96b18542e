// A dashboard panel: a region named by its heading, with an error boundary so a
// failing panel never takes the page down.
import { useId, type ReactNode } from 'react';
import { PanelErrorBoundary } from './panel-error-boundary';

interface PanelProps {
  title: string;
  /** Next to the heading: a control or a short note. */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

export function Panel({ title, actions, children, className }: PanelProps) {
  const headingId = useId();
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={headingId}>
      <header className="panel-header">
        <h2 id={headingId}>{title}</h2>
        {actions}
      </header>
      <PanelErrorBoundary>{children}</PanelErrorBoundary>
    </section>
  );
}
