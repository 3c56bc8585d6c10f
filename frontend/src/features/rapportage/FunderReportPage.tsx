import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { outcomeTypes } from './outcomes/api';
import { useDashboard, useNewestOutcomes, type Dashboard } from './api';
import { BreakdownSection } from './BreakdownSection';
import { queryString, useReportFilters } from './filters';
import { FunnelSection } from './FunnelSection';
import { useKeyFigures } from './keyFigures';
import { PeriodLine, SuppressionNote, useFilterSummary } from './notes';
import { ReachSection } from './ReachSection';
import { SignalsSection } from './SignalsSection';

/**
 * The report for funders on A4: the key figures next to the previous period, a few charts, reach,
 * signals and the stories of the period. The app around it and the buttons are left off the paper.
 */
export function FunderReportPage() {
  const { t } = useTranslation();
  const { filters } = useReportFilters();
  const dashboard = useDashboard(filters);

  return (
    <>
      <p className="actions no-print">
        <Link to={`/rapportage${queryString({ ...filters })}`} className="back-link">
          {t('reporting.report.back')}
        </Link>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('reporting.report.print')}
        </button>
      </p>
      <QueryState query={dashboard}>{(data) => <FunderReport dashboard={data} />}</QueryState>
    </>
  );
}

function FunderReport({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const summary = useFilterSummary();
  const figures = useKeyFigures(dashboard);
  const title = t('reporting.report.title', {
    network: dashboard.networkName,
    from: format.date(dashboard.period.from),
    to: format.date(dashboard.period.to),
  });

  return (
    <article className="funder-report">
      <title>{`${title} · ${t('app.name')}`}</title>
      <header>
        <h1>{title}</h1>
        <p className="lead">{summary(dashboard.filters)}</p>
        <PeriodLine dashboard={dashboard} />
        <p className="muted">
          {t('reporting.report.printed', { date: format.dayOf(new Date().toISOString()) })}
        </p>
      </header>

      <section className="funder-report__section" aria-labelledby="report-figures">
        <h2 id="report-figures">{t('reporting.keyFigures')}</h2>
        <table className="table">
          <caption className="visually-hidden">{t('reporting.keyFigures')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reporting.report.figure')}</th>
              <th scope="col">{t('reporting.thisPeriod')}</th>
              <th scope="col">{t('reporting.previous')}</th>
              <th scope="col">{t('reporting.change')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((figure) => (
              <tr key={figure.id}>
                <th scope="row">
                  {figure.title}
                  {figure.note && <span className="muted small block">{figure.note}</span>}
                </th>
                <td className="number">
                  {figure.value}
                  {figure.detail && <span className="muted small block">{figure.detail}</span>}
                </td>
                <td className="number">{figure.previous ?? '—'}</td>
                <td className="number">
                  {figure.previous === undefined ? '—' : (figure.change ?? t('reporting.noChange'))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <div className="funder-report__section">
        <BreakdownSection dashboard={dashboard} dimension="month" drillDown={null} />
      </div>
      <div className="funder-report__section funder-report__page">
        <FunnelSection dashboard={dashboard} drillDown={null} />
      </div>
      <div className="funder-report__section">
        <BreakdownSection dashboard={dashboard} dimension="category" drillDown={null} />
      </div>

      <div className="funder-report__section">
        <ReachSection dashboard={dashboard} />
      </div>
      <div className="funder-report__section">
        <SignalsSection dashboard={dashboard} />
      </div>

      <Outcomes dashboard={dashboard} />

      <div className="funder-report__section">
        <SuppressionNote threshold={dashboard.suppressionThreshold} />
      </div>
    </article>
  );
}

/** The outcomes of the period: how many stories of each type, and the three newest. */
function Outcomes({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const outcomes = useNewestOutcomes(
    dashboard.period,
    dashboard.filters.neighbourhoodId ?? undefined,
  );
  return (
    <section className="funder-report__section" aria-labelledby="report-outcomes">
      <h2 id="report-outcomes">{t('outcomes.title')}</h2>
      <QueryState query={outcomes}>
        {({ total, countsByType, items }) => (
          <>
            <p>{t('outcomes.count', { count: total })}</p>
            <table className="table">
              <caption>{t('outcomes.countsLabel')}</caption>
              <tbody>
                {outcomeTypes.map((type) => (
                  <tr key={type}>
                    <th scope="row">{t(`outcomes.types.${type}`)}</th>
                    <td className="number">
                      {countsByType.find((count) => count.type === type)?.count ?? 0}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {items.length > 0 && (
              <>
                <h3>{t('reporting.report.newestStories')}</h3>
                <ul className="plain-list report-stories">
                  {items.map((outcome) => (
                    <li key={outcome.id}>
                      <strong>{outcome.title}</strong>{' '}
                      <span className="muted">({format.date(outcome.observedOn)})</span>
                      <p className="pre-line">{outcome.change}</p>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
