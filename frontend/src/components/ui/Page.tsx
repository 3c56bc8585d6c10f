import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

interface PageProps {
  title: string;
  children?: ReactNode;
}

/** A page with its heading and document title. */
export function Page({ title, children }: PageProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const shownPath = useRef<string>(null);
  const { key, pathname } = useLocation();

  useEffect(() => {
    // After an in-app navigation, start keyboard and screen reader users at the new page's
    // heading instead of leaving focus on the link they used. A fresh page load has key "default"
    // and keeps the browser's own focus handling; a new query string on the same page (a filter)
    // leaves focus on the filter.
    if (key !== 'default' && shownPath.current !== pathname) heading.current?.focus();
    shownPath.current = pathname;
  }, [key, pathname]);

  return (
    <>
      <title>{`${title} · ${t('app.name')}`}</title>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </>
  );
}
