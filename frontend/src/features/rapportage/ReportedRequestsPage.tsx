import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadMore } from '../../components/ui/LoadMore';
import { Page } from '../../components/ui/Page';
import { useFormat } from '../../lib/format';
import { useIsCoordinator } from '../auth/api';
import { RoleGate } from '../auth/RoleGate';
import { HelpRequestCard } from '../hulpvragen/HelpRequestCard';
import { fieldErrors } from '../vrijwilligers/api';
import { useReportedRequests } from './api';
import { queryString, readFilters } from './filters';
import { measures } from './measures';
import { useFilterSummary } from './notes';

/** The drill-down, for coordinators and admins only: the API shows an analyst aggregates only. */
export function ReportedRequestsAccess() {
  const { t } = useTranslation();
  return (
    <RoleGate
      allowed={useIsCoordinator()}
      title={t('reporting.requests.title')}
      explanation={t('reporting.requests.noAccess')}
    />
  );
}

/** The requests behind a figure of the dashboard: same period and filters, those that reached the measure. */
export function ReportedRequestsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const summary = useFilterSummary();
  const [params] = useSearchParams();
  const filters = readFilters(params);
  const measure = measures.find((m) => m === params.get('measure'));
  const requests = useReportedRequests(filters, measure);
  const items = requests.data?.pages.flatMap((page) => page.items) ?? [];
  const errors = Object.values(fieldErrors(requests.error));

  return (
    <>
      <Link to={`/rapportage${queryString({ ...filters })}`} className="back-link">
        {t('reporting.requests.back')}
      </Link>
      <Page title={t('reporting.requests.title')}>
        <dl className="facts">
          <div>
            <dt>{t('reporting.requests.measure')}</dt>
            <dd>{t(`reporting.measures.${measure ?? 'RequestsIn'}`)}</dd>
          </div>
          <div>
            <dt>{t('reporting.filters.period')}</dt>
            <dd>
              {filters.from && filters.to
                ? t('reporting.requests.period', {
                    from: format.date(filters.from),
                    to: format.date(filters.to),
                  })
                : t('reporting.filters.presets.last12Months')}
            </dd>
          </div>
          <div>
            <dt>{t('reporting.requests.filters')}</dt>
            <dd>{summary(filters)}</dd>
          </div>
        </dl>
        {requests.isPending && (
          <p role="status" className="muted">
            {t('status.loading')}
          </p>
        )}
        {requests.isError && (
          <div role="alert" className="notice notice--error">
            <p>{errors.length > 0 ? errors.join(' ') : t('status.error')}</p>
          </div>
        )}
        {requests.isSuccess &&
          (items.length === 0 ? (
            <p>{t('reporting.requests.none')}</p>
          ) : (
            <ul className="card-list">
              {items.map((request) => (
                <li key={request.id}>
                  <HelpRequestCard request={request} />
                </li>
              ))}
            </ul>
          ))}
        <LoadMore query={requests} />
      </Page>
    </>
  );
}
