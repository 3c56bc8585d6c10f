import { useTranslation } from 'react-i18next';

type Group =
  | 'needs'
  | 'matchReasons'
  | 'roles'
  | 'entityTypes'
  | 'signInProtection.actorRoles'
  | 'signInProtection.entityTypes';

/**
 * The label of a value the API sends as text, such as a need, the reason for a suggested resident
 * or a role; a value the interface does not know (e.g. a partner's own need) is shown as sent.
 */
export function useTextLabel(group: Group): (value: string) => string {
  const { t } = useTranslation();
  const labels: Record<string, string> = t(group, { returnObjects: true });
  return (value) => labels[value] ?? value;
}
