import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}

/** Renders a query's data, or an accessible loading or error state while there is none. */
export function QueryState<T>({ query, children }: QueryStateProps<T>) {
  const { t } = useTranslation();

  if (query.isPending) {
    return (
      <p role="status" className="muted">
        {t('status.loading')}
      </p>
    );
  }
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return <p role="alert">{t('status.notFound')}</p>;
    }
    return (
      <div role="alert" className="notice notice--error">
        <p>{t('status.error')}</p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void query.refetch()}
        >
          {t('status.retry')}
        </button>
      </div>
    );
  }
  return children(query.data);
}
