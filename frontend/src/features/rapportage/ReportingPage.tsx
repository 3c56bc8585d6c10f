import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/ui/Page';
import { useIsCoordinator } from '../auth/api';
import { fieldErrors } from '../vrijwilligers/api';
import { useDashboard, type Dashboard } from './api';
import { BreakdownSection } from './BreakdownSection';
import { ExportButtons } from './ExportButtons';
import { FilterBar } from './FilterBar';
import { queryString, useReportFilters, type ReportFilters } from './filters';
import { FunnelSection } from './FunnelSection';
import { KeyFigureCards } from './KeyFigureCards';
import { PeriodLine, SuppressionNote } from './notes';
import { ReachSection } from './ReachSection';
import { SignalsSection } from './SignalsSection';

/**
 * The network's dashboard: the figures of a period next to the period before, broken down and
 * drawn, with small counts hidden. Coordinators and admins can open the requests behind a count.
 */
export function ReportingPage() {
  const { t } = useTranslation();
  const { filters, change } = useReportFilters();
  const dashboard = useDashboard(filters);
  const errors = fieldErrors(dashboard.error);
  const data = dashboard.data;

  return (
    <Page title={t('reporting.title')}>
      <p>{t('reporting.intro')}</p>
      <ul className="link-list">
        <li>
          <Link to="/rapportage/verhalen">{t('outcomes.title')}</Link>
        </li>
        <li>
          <Link to={`/rapportage/verslag${queryString({ ...filters })}`}>
            {t('reporting.printable')}
          </Link>
        </li>
      </ul>
      <FilterBar filters={filters} change={change} period={data?.period} errors={errors} />
      <p role="status" className={dashboard.isFetching ? 'muted' : 'visually-hidden'}>
        {dashboard.isFetching && t(data ? 'reporting.updating' : 'status.loading')}
      </p>
      {dashboard.isError && Object.keys(errors).length === 0 && (
        <div role="alert" className="notice notice--error">
          <p>{t('status.error')}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void dashboard.refetch()}
          >
            {t('status.retry')}
          </button>
        </div>
      )}
      {Object.keys(errors).length > 0 && (
        <p role="alert" className="notice notice--error">
          {t('reporting.filters.invalid')}
        </p>
      )}
      {data && <DashboardView dashboard={data} filters={filters} />}
    </Page>
  );
}

function DashboardView({ dashboard, filters }: { dashboard: Dashboard; filters: ReportFilters }) {
  const isCoordinator = useIsCoordinator();
  const drillDown = isCoordinator ? filters : null;
  return (
    <>
      <PeriodLine dashboard={dashboard} />
      <ExportButtons filters={filters} />
      <KeyFigureCards dashboard={dashboard} />
      <BreakdownSection dashboard={dashboard} dimension="month" drillDown={drillDown} />
      <FunnelSection dashboard={dashboard} drillDown={drillDown} />
      <BreakdownSection dashboard={dashboard} dimension="category" drillDown={drillDown} />
      <BreakdownSection dashboard={dashboard} dimension="channel" drillDown={drillDown} />
      <BreakdownSection dashboard={dashboard} dimension="neighbourhood" drillDown={drillDown} />
      <ReachSection dashboard={dashboard} />
      <SignalsSection dashboard={dashboard} />
      <SuppressionNote threshold={dashboard.suppressionThreshold} />
    </>
  );
}
