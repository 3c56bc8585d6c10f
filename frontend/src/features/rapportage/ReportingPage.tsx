import { useTranslation } from 'react-i18next';
import { ComingSoonPage } from '../../components/ui/ComingSoonPage';

export function ReportingPage() {
  const { t } = useTranslation();
  return <ComingSoonPage title={t('nav.reporting')} />;
}
