import { useTranslation } from 'react-i18next';
import type { BreakdownRow, Dashboard, RequestFigures } from './api';
import { ReportBlock } from './ReportBlock';
import { ChartFigure, ColumnChart, HorizontalBars, type Bar } from './charts';
import { FigureLink } from './FigureLink';
import { rowFilters, type ReportFilters } from './filters';
import { breakdownMeasures, countOf } from './measures';
import { useReportFormat } from './reportFormat';
import { useRowLabel, type Dimension } from './rowLabel';

const rowsOf: Record<Dimension, (dashboard: Dashboard) => BreakdownRow[]> = {
  month: (d) => d.byMonth,
  category: (d) => d.byCategory,
  channel: (d) => d.byChannel,
  neighbourhood: (d) => d.byNeighbourhood,
};

interface BreakdownSectionProps {
  dashboard: Dashboard;
  dimension: Dimension;
  /** The page's filters; null when the requests behind the figures may not be shown. */
  drillDown: ReportFilters | null;
}

/** The requests of the period broken down by month, category, channel or neighbourhood: bars and a table. */
export function BreakdownSection({ dashboard, dimension, drillDown }: BreakdownSectionProps) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const label = useRowLabel(dimension);
  const rows = rowsOf[dimension](dashboard);
  const bars: Bar[] = rows.map((row) => ({
    key: row.key,
    label: label(row),
    value: row.figures.requestsIn.value,
    text: format.count(row.figures.requestsIn),
  }));
  const title = t(`reporting.breakdown.${dimension}`);
  const tableTitle = t(`reporting.tables.${dimension}`);
  const periodFilters = drillDown && { ...drillDown, ...dashboard.period };
  const filtersOf = (row: BreakdownRow) => {
    const narrowed = periodFilters && rowFilters(dimension, row.key, dashboard.period);
    return narrowed ? { ...periodFilters, ...narrowed } : null;
  };

  const table = (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={tableTitle}>
      <table className="table breakdown-table">
        {/* The section's heading says it on screen already. */}
        <caption className="visually-hidden">{tableTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`reporting.dimensions.${dimension}`)}</th>
            {breakdownMeasures.map((measure) => (
              <th key={measure} scope="col">
                {t(`reporting.measures.${measure}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <FigureRow
              key={row.key}
              label={label(row)}
              figures={row.figures}
              filters={filtersOf(row)}
            />
          ))}
        </tbody>
        <tfoot>
          <FigureRow
            label={t('reporting.total')}
            figures={dashboard.current}
            filters={periodFilters}
          />
        </tfoot>
      </table>
    </div>
  );

  return (
    <ReportBlock id={`breakdown-${dimension}`} title={title}>
      {rows.length === 0 ? (
        <p className="muted">{t('reporting.noRequests')}</p>
      ) : (
        <ChartFigure
          title={t(`reporting.charts.${dimension}`)}
          chart={(labelledBy) =>
            dimension === 'month' ? (
              <ColumnChart
                bars={bars.map((bar) => ({ ...bar, label: format.monthShort(bar.key) }))}
                labelledBy={labelledBy}
              />
            ) : (
              <HorizontalBars bars={bars} labelledBy={labelledBy} />
            )
          }
          table={table}
          tableShown={dimension !== 'month'}
        />
      )}
    </ReportBlock>
  );
}

function FigureRow({
  label,
  figures,
  filters,
}: {
  label: string;
  figures: RequestFigures;
  filters: ReportFilters | null;
}) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {breakdownMeasures.map((measure) => (
        <td key={measure} className="number">
          <FigureLink count={countOf(figures, measure)} measure={measure} filters={filters} />
        </td>
      ))}
    </tr>
  );
}
