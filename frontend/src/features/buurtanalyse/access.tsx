import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/api';
import { RoleGate } from '../auth/RoleGate';

// The roles the API shows the buurtanalyse figures to and lets import open data.
const analysisRoles = new Set(['Coordinator', 'Analyst']);

export function useCanAnalyse(): boolean {
  const role = useCurrentUser().data?.role;
  return role !== undefined && analysisRoles.has(role);
}

/** The import pages, or a plain explanation for roles that may not import. */
export function ImportAccess() {
  const { t } = useTranslation();
  return (
    <RoleGate
      allowed={useCanAnalyse()}
      title={t('imports.title')}
      explanation={t('imports.noAccess')}
    />
  );
}
