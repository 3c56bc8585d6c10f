import { Link } from 'react-router';
import type { Count, Measure } from './api';
import { CountValue } from './CountValue';
import { drillDownPath, type ReportFilters } from './filters';

interface FigureLinkProps {
  count: Count;
  measure: Measure;
  /** The filters of the requests behind the count; null when it has none (no drill-down). */
  filters: ReportFilters | null;
}

/**
 * A count that links to the requests behind it, for the roles that may see requests; for the
 * others, and for a count of none, just the count.
 */
export function FigureLink({ count, measure, filters }: FigureLinkProps) {
  if (filters === null || (count.disclosure === 'Shown' && count.value === 0)) {
    return <CountValue count={count} />;
  }
  return (
    <Link to={drillDownPath(filters, measure)}>
      <CountValue count={count} />
    </Link>
  );
}
