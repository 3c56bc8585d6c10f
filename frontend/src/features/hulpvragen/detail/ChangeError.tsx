import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';

/** Why a change to a help request was refused, in words a field worker can act on. */
export function ChangeError({ error }: { error: Error | null }) {
  const { t } = useTranslation();
  if (!error) return null;

  let message = t('helpRequests.errors.offline');
  if (error instanceof ApiError) {
    const fieldMessages = Object.values(error.problem?.errors ?? {}).flat();
    if (error.status === 412) message = t('helpRequests.errors.stale');
    else if (error.status === 403) message = t('helpRequests.noAccess');
    else if (fieldMessages.length > 0) message = fieldMessages.join(' ');
    else if (error.status < 500 && error.problem?.detail) message = error.problem.detail;
    else message = t('helpRequests.errors.failed');
  }
  return (
    <p role="alert" className="notice notice--error">
      {message}
    </p>
  );
}
