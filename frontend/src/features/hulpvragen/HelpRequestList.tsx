import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { LoadMore } from '../../components/ui/LoadMore';
import { QueryState } from '../../components/ui/QueryState';
import type { HelpRequestSummary } from './api';
import { HelpRequestCard } from './HelpRequestCard';

interface HelpRequestListProps {
  query: UseInfiniteQueryResult<InfiniteData<{ items: HelpRequestSummary[] }>>;
  /** What to say when there are none. */
  empty: string;
}

/** A list of help requests loaded a page at a time, each a card linking to the request. */
export function HelpRequestList({ query, empty }: HelpRequestListProps) {
  return (
    <QueryState query={query}>
      {({ pages }) => {
        const items = pages.flatMap((page) => page.items);
        if (items.length === 0) return <p className="muted">{empty}</p>;
        return (
          <>
            <ul className="card-list">
              {items.map((request) => (
                <li key={request.id}>
                  <HelpRequestCard request={request} />
                </li>
              ))}
            </ul>
            <LoadMore query={query} />
          </>
        );
      }}
    </QueryState>
  );
}
