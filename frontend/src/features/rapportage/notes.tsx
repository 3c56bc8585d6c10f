import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { useNeighbourhoods } from '../buurtanalyse/api';
import { useCategoryName } from '../hulpvragen/api';
import type { Dashboard, IntakeChannel } from './api';

interface Filters {
  neighbourhoodId?: string | null;
  categoryCode?: string | null;
  channel?: IntakeChannel | null;
}

/** The period the figures cover and the one they are compared with. */
export function PeriodLine({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { period, previousPeriod } = dashboard;
  return (
    <p className="period-line">
      {t('reporting.period', {
        from: format.date(period.from),
        to: format.date(period.to),
        previousFrom: format.date(previousPeriod.from),
        previousTo: format.date(previousPeriod.to),
      })}
    </p>
  );
}

/** The filters in words, e.g. "Kiel · Boodschappen", or the whole network when there are none. */
export function useFilterSummary(): (filters: Filters) => string {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const neighbourhoods = useNeighbourhoods().data?.items ?? [];
  return ({ neighbourhoodId, categoryCode, channel }) => {
    const parts = [
      neighbourhoodId &&
        (neighbourhoods.find((n) => n.id === neighbourhoodId)?.name ?? neighbourhoodId),
      categoryCode && categoryName(categoryCode),
      channel && t(`channels.${channel}`),
    ].filter(Boolean);
    return parts.length > 0 ? parts.join(' · ') : t('reporting.wholeNetwork');
  };
}

/** How small counts are hidden, so that no resident can be recognised in the figures. */
export function SuppressionNote({ threshold }: { threshold: number }) {
  const { t } = useTranslation();
  return (
    <section className="suppression-note" aria-labelledby="suppression-note">
      <h2 id="suppression-note">{t('reporting.suppression.title')}</h2>
      <p>{t('reporting.suppression.small', { threshold })}</p>
      <p>{t('reporting.suppression.withheld')}</p>
      <p>{t('reporting.suppression.derived', { threshold })}</p>
    </section>
  );
}
