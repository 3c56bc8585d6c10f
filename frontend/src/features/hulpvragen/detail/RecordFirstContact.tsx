import { useTranslation } from 'react-i18next';
import { useRecordFirstContact, type HelpRequest } from '../api';
import { ChangeError } from './ChangeError';

/**
 * A request that came in by voicemail, web form, referral card or a partner has had no contact
 * with the resident yet: the first call-back is recorded here, and counts in the reports.
 */
export function RecordFirstContact({ request }: { request: HelpRequest }) {
  const { t } = useTranslation();
  const record = useRecordFirstContact(request.id);
  return (
    <div className="panel spaced">
      <p>{t('helpRequests.firstContact.none')}</p>
      <button
        type="button"
        className="button button--secondary"
        disabled={record.isPending}
        onClick={() => record.mutate(null)}
      >
        {t('helpRequests.firstContact.record')}
      </button>
      <ChangeError error={record.error} />
    </div>
  );
}
