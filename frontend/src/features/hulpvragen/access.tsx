import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/api';
import { RoleGate } from '../auth/RoleGate';

// The roles the API lets work with residents' personal data; an analyst sees aggregates only.
const caseworkRoles = new Set(['FieldWorker', 'Coordinator', 'Admin']);

/** The help request pages, or a plain explanation for roles that have no access to them. */
export function HelpRequestsAccess() {
  const { t } = useTranslation();
  const role = useCurrentUser().data?.role;
  return (
    <RoleGate
      allowed={role !== undefined && caseworkRoles.has(role)}
      title={t('nav.helpRequests')}
      explanation={t('helpRequests.noAccess')}
    />
  );
}
