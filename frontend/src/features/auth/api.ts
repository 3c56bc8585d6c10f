import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api';
import { endSession, getRefreshToken, startSession } from '../../lib/auth/session';

export function useLogin() {
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      unwrap(api.POST('/api/v1/auth/login', { body: credentials })),
    onSuccess: startSession,
  });
}

export function useCurrentUser() {
  return useQuery({
    queryKey: ['me'],
    queryFn: () => unwrap(api.GET('/api/v1/me')),
    staleTime: Infinity,
  });
}

// The roles that coordinate a network: triage, the waiting list, referrals and beheer.
const coordinatorRoles = new Set(['Coordinator', 'Admin']);

/** Whether the signed-in user coordinates the network (a coordinator or an admin). */
export function useIsCoordinator(): boolean {
  const role = useCurrentUser().data?.role;
  return role !== undefined && coordinatorRoles.has(role);
}

export async function logout() {
  const refreshToken = getRefreshToken();
  endSession();
  if (refreshToken) {
    // Best effort: the tokens are already forgotten here and the refresh token expires anyway.
    await api.POST('/api/v1/auth/logout', { body: { refreshToken } }).catch(() => undefined);
  }
}
