import { Navigate, Outlet, useLocation } from 'react-router';
import { useHasSession } from '../../lib/auth/session';

export interface LoginRedirectState {
  from?: string;
}

/** Sends visitors without a session to the login page, remembering where they wanted to go. */
export function RequireAuth() {
  const signedIn = useHasSession();
  const { pathname, search, hash } = useLocation();

  if (!signedIn) {
    const state: LoginRedirectState = { from: pathname + search + hash };
    return <Navigate to="/login" replace state={state} />;
  }
  return <Outlet />;
}
