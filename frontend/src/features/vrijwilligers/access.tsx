import { useTranslation } from 'react-i18next';
import { useIsCoordinator } from '../auth/api';
import { RoleGate } from '../auth/RoleGate';

/** The volunteer pages, or a plain explanation for roles that do not coordinate the network. */
export function VolunteersAccess() {
  const { t } = useTranslation();
  const allowed = useIsCoordinator();
  return (
    <RoleGate
      allowed={allowed}
      title={t('nav.volunteers')}
      explanation={t('volunteers.noAccess')}
    />
  );
}
