import { useTranslation } from 'react-i18next';
import type { IndicatorRow } from '../api';

/** Names of the indicators a plan refers to: the buurtanalyse's own names, the report KPIs' from the translations. */
export function useIndicatorNames(rows: IndicatorRow[] | undefined) {
  const { t, i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  return (code: string) => {
    const row = rows?.find((r) => r.id === code);
    if (row) return english ? row.nameEn : row.nameNl;
    return t(`plan.kpis.${code}`, { defaultValue: code });
  };
}
