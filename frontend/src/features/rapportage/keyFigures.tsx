import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Count, Dashboard } from './api';
import { CountValue, Derived } from './CountValue';
import { useReportFormat } from './reportFormat';

/** A headline figure of the period, next to the period before when there is one to compare with. */
export interface KeyFigure {
  id: string;
  title: string;
  value: ReactNode;
  detail?: ReactNode;
  /** Absent for figures of today or of the whole period only, which the API does not compare. */
  previous?: ReactNode;
  /** The change since the previous period, or null when one of the two is hidden. */
  change?: string | null;
  note?: string;
}

const shown = (count: Count) => (count.disclosure === 'Shown' ? count.value : null);

/** Both values, when both are there to compare. */
function both(now: number | null, before: number | null): [number, number] | null {
  return now === null || before === null ? null : [now, before];
}

/** The headline figures of a dashboard, for the cards on screen and the table of the printed report. */
export function useKeyFigures(dashboard: Dashboard): KeyFigure[] {
  const { t } = useTranslation();
  const format = useReportFormat();
  const { current, previous, volunteers, waitingList } = dashboard;

  const countChange = (now: Count, before: Count) => {
    const pair = both(shown(now), shown(before));
    return pair && format.countChange(...pair);
  };
  const rateChange = (now: number | null, before: number | null) => {
    const pair = both(now, before);
    return pair && format.rateChange(...pair);
  };
  const rate = (value: number | null) => <Derived value={value} format={format.rate} />;
  const duration = (value: number | null) => <Derived value={value} format={format.duration} />;

  return [
    {
      id: 'requestsIn',
      title: t('reporting.figures.requestsIn'),
      value: <CountValue count={current.requestsIn} />,
      previous: <CountValue count={previous.requestsIn} />,
      change: countChange(current.requestsIn, previous.requestsIn),
    },
    {
      id: 'firstContact',
      title: t('reporting.figures.firstContact'),
      value: duration(current.timeToFirstContact.medianHours),
      detail: current.timeToFirstContact.p90Hours !== null && (
        <>
          {t('reporting.figures.p90', {
            duration: format.duration(current.timeToFirstContact.p90Hours),
          })}
        </>
      ),
      previous: duration(previous.timeToFirstContact.medianHours),
      change: (() => {
        const pair = both(
          current.timeToFirstContact.medianHours,
          previous.timeToFirstContact.medianHours,
        );
        return pair && format.durationChange(...pair);
      })(),
      note: t('reporting.figures.firstContactNote'),
    },
    {
      id: 'matchRate',
      title: t('reporting.figures.matchRate'),
      value: rate(current.matchRate),
      detail: (
        <>
          {t('reporting.figures.matched')}: <CountValue count={current.matched} />
        </>
      ),
      previous: rate(previous.matchRate),
      change: rateChange(current.matchRate, previous.matchRate),
    },
    {
      id: 'referralRate',
      title: t('reporting.figures.referralRate'),
      value: rate(current.referralRate),
      detail: (
        <>
          {t('reporting.figures.referred')}: <CountValue count={current.referred} />
        </>
      ),
      previous: rate(previous.referralRate),
      change: rateChange(current.referralRate, previous.referralRate),
    },
    {
      id: 'partnerAcceptance',
      title: t('reporting.figures.partnerAcceptance'),
      value: rate(current.partnerAcceptanceRate),
      detail: (
        <>
          {t('reporting.figures.accepted')}: <CountValue count={current.acceptedByPartner} />
        </>
      ),
      previous: rate(previous.partnerAcceptanceRate),
      change: rateChange(current.partnerAcceptanceRate, previous.partnerAcceptanceRate),
    },
    {
      id: 'completion',
      title: t('reporting.figures.completion'),
      value: rate(current.completionRate),
      detail: (
        <>
          {t('reporting.figures.completed')}: <CountValue count={current.completed} />
        </>
      ),
      previous: rate(previous.completionRate),
      change: rateChange(current.completionRate, previous.completionRate),
    },
    {
      id: 'volunteerHours',
      title: t('reporting.figures.volunteerHours'),
      value: <Derived value={volunteers.hours} format={format.decimal} />,
      detail: (
        <>
          {t('reporting.figures.volunteersWhoHelped')}:{' '}
          <CountValue count={volunteers.volunteersWhoHelped} />
        </>
      ),
      note: t('reporting.figures.noComparison'),
    },
    {
      id: 'waitingList',
      title: t('reporting.figures.waitingList'),
      value: <CountValue count={waitingList.size} />,
      detail: waitingList.medianDaysWaiting !== null && waitingList.longestDaysWaiting !== null && (
        <>
          {t('reporting.figures.waiting', {
            median: format.duration(waitingList.medianDaysWaiting * 24),
            longest: format.duration(waitingList.longestDaysWaiting * 24),
          })}
        </>
      ),
      note: t('reporting.figures.today'),
    },
  ];
}
