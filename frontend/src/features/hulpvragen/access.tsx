import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { Page } from '../../components/ui/Page';
import { useCurrentUser } from '../auth/api';

// The roles the API lets work with residents' personal data; an analyst sees aggregates only.
const caseworkRoles = new Set(['FieldWorker', 'Coordinator', 'Admin']);
const triageRoles = new Set(['Coordinator', 'Admin']);

/** The help request pages, or a plain explanation for roles that have no access to them. */
export function HelpRequestsAccess() {
  const { t } = useTranslation();
  const role = useCurrentUser().data?.role;
  if (role && caseworkRoles.has(role)) return <Outlet />;
  return (
    <Page title={t('nav.helpRequests')}>
      <p className="notice notice--info">{t('helpRequests.noAccess')}</p>
    </Page>
  );
}

/** Whether the signed-in user decides on triage and the waiting list. */
export function useCanTriage(): boolean {
  const role = useCurrentUser().data?.role;
  return role !== undefined && triageRoles.has(role);
}
