import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Count } from './api';

/** Two days: from then on a duration reads better in days than in hours. */
const DAY_THRESHOLD_HOURS = 48;

/** How a report's figures read in the interface language. */
export function useReportFormat() {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const integer = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
    const oneDecimal = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(i18n.language, {
      style: 'percent',
      maximumFractionDigits: 0,
    });
    const month = new Intl.DateTimeFormat(i18n.language, {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const monthShort = new Intl.DateTimeFormat(i18n.language, {
      month: 'short',
      year: '2-digit',
      timeZone: 'UTC',
    });
    const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text);
    const duration = (hours: number) =>
      Math.abs(hours) >= DAY_THRESHOLD_HOURS
        ? t('reporting.days', { count: hours / 24, value: oneDecimal.format(hours / 24) })
        : t('reporting.hours', { count: hours, value: oneDecimal.format(hours) });

    return {
      /** A count as text: its value, or the sign that it is hidden. */
      count: (count: Count) =>
        count.disclosure === 'Small'
          ? t('reporting.hidden.small')
          : count.disclosure === 'Withheld'
            ? t('reporting.hidden.withheld')
            : integer.format(count.value ?? 0),
      number: (value: number) => integer.format(value),
      decimal: (value: number) => oneDecimal.format(value),
      /** Hours as hours, or from two days on as days with one decimal. */
      duration,
      rate: (fraction: number) => percent.format(fraction),
      /** A yyyy-MM month as e.g. "nov. 2026". */
      month: (key: string) => month.format(new Date(`${key}-01T00:00:00Z`)),
      /** A yyyy-MM month as briefly as a chart's axis needs, e.g. "nov 26". */
      monthShort: (key: string) => monthShort.format(new Date(`${key}-01T00:00:00Z`)),
      /** A difference in a count, with its relative size when there was something to compare with. */
      countChange: (now: number, before: number) => {
        const difference = signed(integer.format(now - before), now - before);
        return before === 0
          ? difference
          : `${difference} (${signed(percent.format((now - before) / before), now - before)})`;
      },
      /** A difference between two rates, in percentage points. */
      rateChange: (now: number, before: number) => {
        const points = Math.round((now - before) * 100);
        return t('reporting.points', {
          count: points,
          value: signed(integer.format(points), points),
        });
      },
      durationChange: (now: number, before: number) => signed(duration(now - before), now - before),
    };
  }, [t, i18n.language]);
}
