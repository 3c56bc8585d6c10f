import { useTranslation } from 'react-i18next';
import { useCategoryName } from '../hulpvragen/api';
import type { BreakdownRow, IntakeChannel } from './api';
import { useReportFormat } from './reportFormat';

export type Dimension = 'month' | 'category' | 'channel' | 'neighbourhood';

/** The name of a breakdown's row in the interface language (the API names them in Dutch). */
export function useRowLabel(dimension: Dimension): (row: BreakdownRow) => string {
  const { t } = useTranslation();
  const format = useReportFormat();
  const categoryName = useCategoryName();
  return (row) => {
    switch (dimension) {
      case 'month':
        return format.month(row.key);
      case 'category':
        return categoryName(row.key) === row.key ? row.label : categoryName(row.key);
      case 'channel':
        return t(`channels.${row.key as IntakeChannel}`);
      case 'neighbourhood':
        return row.key === 'outside' ? t('reporting.outside') : row.label;
    }
  };
}
