import { useTranslation } from 'react-i18next';
import type { Count } from './api';
import { useReportFormat } from './reportFormat';

/** Why a count is hidden, in words, or undefined when it is shown. */
export function useHiddenReason(): (count: Count) => string | undefined {
  const { t } = useTranslation();
  return (count) =>
    count.disclosure === 'Small'
      ? t('reporting.hidden.smallReason')
      : count.disclosure === 'Withheld'
        ? t('reporting.hidden.withheldReason')
        : undefined;
}

/**
 * A sign in place of a figure ("<5", "x", "—"). A screen reader hears the reason instead of the
 * sign, and a mouse user sees it on hover.
 */
export function Withheld({ sign, reason }: { sign: string; reason: string }) {
  return (
    <span className="withheld" title={reason}>
      <span aria-hidden="true">{sign}</span>
      <span className="visually-hidden">{reason}</span>
    </span>
  );
}

/** A count of a report: its value, or "<5" or "x" with the reason it is hidden. */
export function CountValue({ count }: { count: Count }) {
  const format = useReportFormat();
  const reason = useHiddenReason()(count);
  return reason ? <Withheld sign={format.count(count)} reason={reason} /> : format.count(count);
}

/** A figure derived from counts (a rate, a median), or "—" when there is none to show. */
export function Derived({
  value,
  format,
}: {
  value: number | null;
  format: (v: number) => string;
}) {
  const { t } = useTranslation();
  return value === null ? (
    <Withheld sign="—" reason={t('reporting.hidden.derived')} />
  ) : (
    format(value)
  );
}
