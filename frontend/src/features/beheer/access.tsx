import { useTranslation } from 'react-i18next';
import { useIsCoordinator } from '../auth/api';
import { RoleGate } from '../auth/RoleGate';

/** The beheer pages, or a plain explanation for roles that do not coordinate the network. */
export function AdminAccess() {
  const { t } = useTranslation();
  const allowed = useIsCoordinator();
  return <RoleGate allowed={allowed} title={t('nav.admin')} explanation={t('admin.noAccess')} />;
}
