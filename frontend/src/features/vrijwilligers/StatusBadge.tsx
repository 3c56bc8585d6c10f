import { useTranslation } from 'react-i18next';
import type { VolunteerStatus } from './api';
import { statusTone } from './labels';

export function VolunteerStatusBadge({ status }: { status: VolunteerStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${statusTone(status)}`}>
      {t(`volunteers.statuses.${status}`)}
    </span>
  );
}

/** A warning when the screening expires within a month or has expired; nothing otherwise. */
export function ScreeningWarning({ expiresOn, daysLeft }: { expiresOn: string; daysLeft: number }) {
  const { t } = useTranslation();
  if (daysLeft > 30) return null;
  return (
    <span className="badge badge--new">
      {daysLeft < 0
        ? t('volunteers.screening.expired', { date: expiresOn })
        : t('volunteers.screening.expiresSoon', { date: expiresOn })}
    </span>
  );
}
