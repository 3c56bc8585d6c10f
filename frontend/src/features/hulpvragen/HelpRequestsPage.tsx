import { useTranslation } from 'react-i18next';
import { ComingSoonPage } from '../../components/ui/ComingSoonPage';

export function HelpRequestsPage() {
  const { t } = useTranslation();
  return <ComingSoonPage title={t('nav.helpRequests')} />;
}
