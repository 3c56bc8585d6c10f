import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../lib/format';
import { useCategoryName, type HelpRequestSummary } from './api';
import { StatusBadge } from './StatusBadge';

export function HelpRequestCard({ request }: { request: HelpRequestSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const categoryName = useCategoryName();
  return (
    <Link to={`/hulpvragen/${request.id}`} className="card card--link">
      <span className="card__title">
        {categoryName(request.categoryCode)} · {request.residentName}
      </span>
      <span className="card__meta">
        <StatusBadge status={request.status} />
        <span>{t(`urgencies.${request.urgency}`)}</span>
        {request.waitlistPriority !== null && (
          <span>{t('helpRequests.priority', { priority: request.waitlistPriority })}</span>
        )}
        <span className="muted">{format.moment(request.createdAt)}</span>
      </span>
    </Link>
  );
}
