import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Page } from '../../components/ui/Page';
import { useFormat } from '../../lib/format';
import { useIsCoordinator } from '../auth/api';
import { RoleGate } from '../auth/RoleGate';
import { HelpRequestList } from '../hulpvragen/HelpRequestList';
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
        {errors.length > 0 ? (
          <p role="alert" className="notice notice--error">
            {errors.join(' ')}
          </p>
        ) : (
          <HelpRequestList query={requests} empty={t('reporting.requests.none')} />
        )}
      </Page>
    </>
  );
}
