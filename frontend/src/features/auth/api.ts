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

export async function logout() {
  const refreshToken = getRefreshToken();
  endSession();
  if (refreshToken) {
    // Best effort: the tokens are already forgotten here and the refresh token expires anyway.
    await api.POST('/api/v1/auth/logout', { body: { refreshToken } }).catch(() => undefined);
  }
}
