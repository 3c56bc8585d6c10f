import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { LanguageSwitch } from '../../components/ui/LanguageSwitch';
import { Page } from '../../components/ui/Page';
import { ApiError } from '../../lib/api';
import { useHasSession } from '../../lib/auth/session';
import { useLogin } from './api';
import type { LoginRedirectState } from './RequireAuth';

/**
 * The message for a failed login. The API answers a wrong password, an unknown address and too many
 * attempts alike (so nobody learns which addresses have an account); the message names all three.
 */
function useLoginErrorMessage(error: Error | null): string | null {
  const { t } = useTranslation();
  if (!error) return null;
  if (!(error instanceof ApiError)) return t('auth.errors.unexpected');

  switch (error.status) {
    case 400:
      return t('auth.errors.invalidInput');
    case 401:
      return t('signInProtection.refused');
    default:
      return t('auth.errors.unexpected');
  }
}

export function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const signedIn = useHasSession();
  const login = useLogin();
  const errorMessage = useLoginErrorMessage(login.error);

  if (signedIn) {
    const { from = '/' } = (location.state ?? {}) as LoginRedirectState;
    return <Navigate to={from} replace />;
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    login.mutate({ email: form.get('email') as string, password: form.get('password') as string });
  }

  return (
    <>
      <header className="login__header">
        <p className="brand">{t('app.name')}</p>
        <LanguageSwitch />
      </header>
      <main className="login__main">
        <Page title={t('auth.title')}>
          <p className="muted">{t('auth.intro')}</p>
          <form className="form" onSubmit={handleSubmit}>
            <div className="field">
              <label htmlFor="email">{t('auth.email')}</label>
              <input id="email" name="email" type="email" autoComplete="username" required />
            </div>
            <div className="field">
              <label htmlFor="password">{t('auth.password')}</label>
              <input
                id="password"
                name="password"
                type="password"
                autoComplete="current-password"
                required
              />
            </div>
            {errorMessage && (
              <p role="alert" className="notice notice--error">
                {errorMessage}
              </p>
            )}
            <button type="submit" className="button" disabled={login.isPending}>
              {login.isPending ? t('auth.submitting') : t('auth.submit')}
            </button>
          </form>
        </Page>
      </main>
    </>
  );
}
