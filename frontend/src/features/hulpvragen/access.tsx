import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/api';
import { RoleGate } from '../auth/RoleGate';

// The roles the API lets work with residents' personal data; an analyst sees aggregates only.
const caseworkRoles = new Set(['FieldWorker', 'Coordinator', 'Admin']);

/** Whether the signed-in user works with residents' personal data (a field worker, coordinator or admin). */
export function useIsCaseworker(): boolean {
  const role = useCurrentUser().data?.role;
  return role !== undefined && caseworkRoles.has(role);
}

/** The help request pages, or a plain explanation for roles that have no access to them. */
export function HelpRequestsAccess() {
  const { t } = useTranslation();
  return (
    <RoleGate
      allowed={useIsCaseworker()}
      title={t('nav.helpRequests')}
      explanation={t('helpRequests.noAccess')}
    />
  );
}
