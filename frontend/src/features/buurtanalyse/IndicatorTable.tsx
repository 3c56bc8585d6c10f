import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison, IndicatorRow } from './api';
import { useIndicatorFormat } from './indicatorFormat';
import { Sparkline } from './Sparkline';

interface IndicatorTableProps {
  indicators: IndicatorRow[];
  municipality: string;
}

const FLANDERS = 'Vlaanderen';

/**
 * The indicator table: the latest value per indicator, its comparison with the municipality and
 * with Flanders (a knipperlicht where the deviation is strong, with its direction and size in
 * words, never by colour alone) and the trend.
 */
export function IndicatorTable({ indicators, municipality }: IndicatorTableProps) {
  const { t, i18n } = useTranslation();
  const format = useIndicatorFormat();
  const caption = useId();
  const english = i18n.language.startsWith('en');

  const comparisonCell = (row: IndicatorRow, area: string) => {
    const comparison = row.comparisons.find((c) => c.area === area);
    if (!comparison) return <td className="muted">–</td>;
    return (
      <td>
        <span className="comparison">
          {format.value(row.id, row.kind, comparison.value)}
          {comparison.year !== row.latest.year && (
            <span className="muted"> ({comparison.year})</span>
          )}
        </span>
        <Deviation comparison={comparison} label={format.difference(comparison)} />
      </td>
    );
  };

  return (
    <div className="table-scroll" role="region" aria-labelledby={caption} tabIndex={0}>
      <table className="table indicator-table" aria-labelledby={caption}>
        <caption id={caption} className="visually-hidden">
          {t('buurtanalyse.indicators')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('buurtanalyse.indicator')}</th>
            <th scope="col">{t('buurtanalyse.neighbourhood')}</th>
            <th scope="col">{municipality}</th>
            <th scope="col">{t('buurtanalyse.flanders')}</th>
            <th scope="col">{t('buurtanalyse.trend')}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((row) => (
            <tr key={row.id}>
              <th scope="row">{english ? row.nameEn : row.nameNl}</th>
              <td>
                <span className="indicator-value">
                  {format.cell(row.id, row.kind, row.latest.status, row.latest.value)}
                </span>{' '}
                <span className="muted">({row.latest.year})</span>
                {row.latest.status === 'Suppressed' && (
                  <span className="indicator-reason muted">
                    {t('buurtanalyse.suppressedIn', {
                      sectors: row.latest.suppressedSectors.join(', '),
                    })}
                  </span>
                )}
                {row.latest.status === 'NotAggregatable' && row.kind === 'Median' && (
                  <span className="indicator-reason muted">{t('buurtanalyse.medianNote')}</span>
                )}
              </td>
              {comparisonCell(row, municipality)}
              {comparisonCell(row, FLANDERS)}
              <td>
                <Sparkline
                  points={row.trend.points}
                  label={t(`buurtanalyse.trendLabel.${row.trend.direction}`, {
                    from: row.trend.fromYear,
                    to: row.trend.toYear,
                  })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Deviation({ comparison, label }: { comparison: Comparison; label: string }) {
  const { t } = useTranslation();
  if (!comparison.isFlagged) return <span className="deviation muted">{label}</span>;
  return (
    <strong className={`knipperlicht knipperlicht--${comparison.assessment.toLowerCase()}`}>
      <span aria-hidden="true">{comparison.direction === 'Below' ? '▼' : '▲'}</span>{' '}
      {t(`buurtanalyse.flag.${comparison.direction}`, { size: label })}
    </strong>
  );
}
