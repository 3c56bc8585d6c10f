import type { ReactNode } from 'react';

interface ReportBlockProps {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}

/** A section of the dashboard: a heading, a line on what it shows, then its chart and table. */
export function ReportBlock({ id, title, intro, children }: ReportBlockProps) {
  return (
    <section aria-labelledby={id} className="report-block">
      <h2 id={id}>{title}</h2>
      {intro && <p className="muted">{intro}</p>}
      {children}
    </section>
  );
}
