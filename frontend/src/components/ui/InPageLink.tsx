import type { MouseEvent, ReactNode } from 'react';

interface InPageLinkProps {
  /** The id of the element to go to; it needs tabIndex={-1} if it is not focusable itself. */
  to: string;
  className?: string;
  children: ReactNode;
}

/**
 * A link to an element on this page that moves focus there, so keyboard and screen reader users
 * continue from it. Following "#id" itself would put a fragment in the router's URL.
 */
export function InPageLink({ to, className, children }: InPageLinkProps) {
  function follow(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    const target = document.getElementById(to);
    // Show the target from its top, not at the bottom edge where focus alone would scroll it.
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }

  return (
    <a href={`#${to}`} className={className} onClick={follow}>
      {children}
    </a>
  );
}
