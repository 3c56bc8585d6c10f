import { useTranslation } from 'react-i18next';
import { RoleGate } from '../auth/RoleGate';
import { useIsCaseworker } from '../hulpvragen/access';

/**
 * A resident's data page, for the roles that work with residents' personal data: a field worker
 * sees the correction of the details only, a coordinator or admin everything held.
 */
export function ResidentAccess() {
  const { t } = useTranslation();
  return (
    <RoleGate
      allowed={useIsCaseworker()}
      title={t('privacy.title')}
      explanation={t('gaps.residentNoAccess')}
    />
  );
}
