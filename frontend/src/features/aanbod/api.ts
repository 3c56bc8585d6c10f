import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { api, ApiError, unwrap } from '../../lib/api';

export type MatchOffer = components['schemas']['MatchOffer'];
export type Answer = components['schemas']['MatchAnswerBody'];

/** What a volunteer's one-time link shows: only what they need to decide. No sign-in. */
export function useMatchOffer(token: string) {
  return useQuery({
    queryKey: ['match-offers', token],
    queryFn: () => unwrap(api.GET('/api/v1/match-offers/{token}', { params: { path: { token } } })),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
}

export function useAnswerOffer(token: string) {
  const queryClient = useQueryClient();
  const key = ['match-offers', token];
  return useMutation({
    mutationFn: (answer: Answer) =>
      unwrap(
        api.POST('/api/v1/match-offers/{token}/answer', {
          params: { path: { token } },
          body: answer,
        }),
      ),
    onSuccess: (offer) => queryClient.setQueryData(key, offer),
    onError: (error) => {
      // Answered meanwhile (another tab) or expired: show how it stands now.
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: key });
      }
    },
  });
}
