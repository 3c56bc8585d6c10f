import { useTranslation } from 'react-i18next';
import { Page } from './Page';

/** Placeholder for a module that is not built yet: says so plainly instead of showing fake data. */
export function ComingSoonPage({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <Page title={title}>
      <p>{t('comingSoon')}</p>
    </Page>
  );
}
