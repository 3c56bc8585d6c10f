import type { UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

/** Loads the next page of a list with a cursor, while there is one. */
export function LoadMore({ query }: { query: UseInfiniteQueryResult }) {
  const { t } = useTranslation();
  if (!query.hasNextPage) return null;
  return (
    <button
      type="button"
      className="button button--secondary button--block"
      disabled={query.isFetchingNextPage}
      onClick={() => void query.fetchNextPage()}
    >
      {query.isFetchingNextPage ? t('status.loading') : t('status.more')}
    </button>
  );
}
