import { useTranslation } from 'react-i18next';
import type { Dashboard } from './api';
import { ReportBlock } from './ReportBlock';
import { ChartFigure, HorizontalBars } from './charts';
import { CountValue } from './CountValue';
import { FigureLink } from './FigureLink';
import type { ReportFilters } from './filters';
import { countOf, funnelMeasures } from './measures';
import { useReportFormat } from './reportFormat';

/** How far the period's requests got: in → first contact → triaged → matched → completed, and referred → accepted. */
export function FunnelSection({
  dashboard,
  drillDown,
}: {
  dashboard: Dashboard;
  drillDown: ReportFilters | null;
}) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const { current, previous } = dashboard;
  const filters = drillDown && { ...drillDown, ...dashboard.period };
  const title = t('reporting.funnel.title');

  return (
    <ReportBlock id="funnel" title={title} intro={t('reporting.funnel.intro')}>
      <ChartFigure
        title={title}
        chart={(labelledBy) => (
          <HorizontalBars
            labelledBy={labelledBy}
            bars={funnelMeasures.map((measure) => ({
              key: measure,
              label: t(`reporting.measures.${measure}`),
              value: countOf(current, measure).value,
              text: format.count(countOf(current, measure)),
            }))}
          />
        )}
        table={
          <table className="table">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reporting.funnel.step')}</th>
                <th scope="col">{t('reporting.thisPeriod')}</th>
                <th scope="col">{t('reporting.previous')}</th>
              </tr>
            </thead>
            <tbody>
              {funnelMeasures.map((measure) => (
                <tr key={measure}>
                  <th scope="row">{t(`reporting.measures.${measure}`)}</th>
                  <td className="number">
                    <FigureLink
                      count={countOf(current, measure)}
                      measure={measure}
                      filters={filters}
                    />
                  </td>
                  <td className="number">
                    <CountValue count={countOf(previous, measure)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </ReportBlock>
  );
}
