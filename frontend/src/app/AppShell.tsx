import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { InPageLink } from '../components/ui/InPageLink';
import { LanguageSwitch } from '../components/ui/LanguageSwitch';
import { QueryState } from '../components/ui/QueryState';
import { logout, useCurrentUser, useIsCoordinator } from '../features/auth/api';

const navigation = [
  { to: '/buurtanalyse', label: 'nav.neighbourhoodAnalysis' },
  { to: '/sociale-kaart', label: 'socialMap.nav' },
  { to: '/hulpvragen', label: 'nav.helpRequests' },
  { to: '/vrijwilligers', label: 'nav.volunteers' },
  { to: '/rapportage', label: 'nav.reporting' },
] as const;
// Beheer is for those who coordinate the network: coordinators and admins.
const coordinatorNavigation = [...navigation, { to: '/beheer', label: 'nav.admin' }] as const;

export function AppShell() {
  const { t } = useTranslation();
  const currentUser = useCurrentUser();
  const isCoordinator = useIsCoordinator();

  return (
    <>
      <InPageLink to="main" className="skip-link">
        {t('app.skipToContent')}
      </InPageLink>
      <header className="shell__header">
        <div className="shell__row">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          <LanguageSwitch />
        </div>
        <div className="shell__row">
          {currentUser.data && (
            <p className="shell__user">
              <span className="shell__name">{currentUser.data.displayName}</span>
              <span>
                <span>{t(`roles.${currentUser.data.role}`)}</span>
                <span>{currentUser.data.network.name}</span>
              </span>
            </p>
          )}
          <button type="button" className="button button--secondary" onClick={() => void logout()}>
            {t('auth.logout')}
          </button>
        </div>
      </header>
      <nav className="shell__nav" aria-label={t('shell.navigation')}>
        <ul>
          {(isCoordinator ? coordinatorNavigation : navigation).map(({ to, label }) => (
            <li key={to}>
              <NavLink to={to}>{t(label)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1} className="shell__main">
        <QueryState query={currentUser}>{() => <Outlet />}</QueryState>
      </main>
    </>
  );
}
