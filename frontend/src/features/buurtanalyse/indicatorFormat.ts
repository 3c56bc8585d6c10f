import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison, IndicatorRow } from './api';

type Kind = IndicatorRow['kind'];

const isMoney = (indicatorId: string) => indicatorId.includes('income');

/** Numbers of the buurtanalyse in the interface language: shares in %, incomes in euro. */
export function useIndicatorFormat() {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const share = new Intl.NumberFormat(i18n.language, {
      maximumFractionDigits: 1,
      minimumFractionDigits: 1,
    });
    const count = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
    const ratio = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
    const euro = new Intl.NumberFormat(i18n.language, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    });
    const signed = new Intl.NumberFormat(i18n.language, {
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });

    const value = (indicatorId: string, kind: Kind, number: number): string => {
      if (kind === 'Share') return `${share.format(number)} %`;
      if (isMoney(indicatorId)) return euro.format(number);
      return kind === 'Count' ? count.format(number) : ratio.format(number);
    };

    return {
      value,
      /** A value, or why there is none (confidential, not computable, …). */
      cell: (indicatorId: string, kind: Kind, status: string, number: number | null | undefined) =>
        status === 'Available' && number !== null && number !== undefined
          ? value(indicatorId, kind, number)
          : t(`buurtanalyse.status.${status as 'Suppressed'}`),
      difference: (comparison: Comparison) =>
        comparison.unit === 'PercentagePoints'
          ? t('buurtanalyse.points', { value: signed.format(comparison.difference) })
          : `${signed.format(comparison.difference)} %`,
    };
  }, [t, i18n.language]);
}
