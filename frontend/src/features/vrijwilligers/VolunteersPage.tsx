import { useTranslation } from 'react-i18next';
import { ComingSoonPage } from '../../components/ui/ComingSoonPage';

export function VolunteersPage() {
  const { t } = useTranslation();
  return <ComingSoonPage title={t('nav.volunteers')} />;
}
