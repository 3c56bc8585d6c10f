import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { Page } from '../../components/ui/Page';

const sections = [
  { to: 'doorverwijskaarten', name: 'referralCards' },
  { to: 'wachtlijst', name: 'waitingList' },
  { to: 'hulpcategorieen', name: 'helpCategories' },
  { to: 'webhook-leveringen', name: 'deliveries' },
  { to: 'audittrail', name: 'audit' },
] as const;

/** The overview of beheer: what a coordinator looks after besides the help requests themselves. */
export function AdminPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('nav.admin')}>
      <p>{t('admin.intro')}</p>
      <ul className="card-list">
        {sections.map(({ to, name }) => (
          <li key={to}>
            <Link to={to} className="card card--link">
              <span className="card__title">{t(`${name}.title`)}</span>
              <span>{t(`${name}.summary`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}

/** A page of beheer, with the way back to the overview. */
export function AdminSection() {
  const { t } = useTranslation();
  return (
    <>
      <Link to="/beheer" className="back-link">
        {t('nav.admin')}
      </Link>
      <Outlet />
    </>
  );
}
