import type { ReactNode } from 'react';

/**
 * The outcome of an action, read out by screen readers when it appears. The region is always
 * rendered: a screen reader only announces changes to a live region it already knows.
 */
export function LiveMessage({ children }: { children?: ReactNode }) {
  return (
    <p role="status" className={children ? 'notice notice--success' : 'visually-hidden'}>
      {children}
    </p>
  );
}
