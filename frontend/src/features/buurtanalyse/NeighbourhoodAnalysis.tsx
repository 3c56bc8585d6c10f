import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { useNeighbourhoodBoundaries, useNeighbourhoodIndicators } from './api';
import { ChoroplethMap } from './ChoroplethMap';
import { IndicatorTable } from './IndicatorTable';

/** The quantitative buurtanalyse of a neighbourhood: map, indicator table and a printable report. */
export function NeighbourhoodAnalysis({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const indicators = useNeighbourhoodIndicators(id);
  const boundaries = useNeighbourhoodBoundaries(id);

  return (
    <QueryState query={indicators}>
      {(analysis) =>
        analysis.indicators.length === 0 ? (
          <p>{t('buurtanalyse.noData')}</p>
        ) : (
          <>
            {analysis.containsSyntheticData && (
              <p className="notice notice--info synthetic-notice">{t('buurtanalyse.synthetic')}</p>
            )}
            <p className="print-only">
              {t('buurtanalyse.reportLine', { date: format.dayOf(new Date().toISOString()) })}
            </p>
            <p className="no-print">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => window.print()}
              >
                {t('buurtanalyse.print')}
              </button>
            </p>
            <section className="report-section">
              <h2>{t('buurtanalyse.map')}</h2>
              <QueryState query={boundaries}>
                {(collection) => <ChoroplethMap boundaries={collection} analysis={analysis} />}
              </QueryState>
            </section>
            <section className="report-section">
              <h2>{t('buurtanalyse.indicators')}</h2>
              <IndicatorTable
                indicators={analysis.indicators}
                municipality={analysis.municipalityName}
              />
              <p className="muted small">{t('buurtanalyse.sources')}</p>
            </section>
          </>
        )
      }
    </QueryState>
  );
}
