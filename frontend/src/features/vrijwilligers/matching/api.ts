import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api, ApiError, unwrap, type Versioned } from '../../../lib/api';
import type { HelpRequest } from '../../hulpvragen/api';

type Schemas = components['schemas'];

export type Candidate = Schemas['Candidate'];
export type ExcludedVolunteer = Schemas['ExcludedVolunteer'];
export type Proposal = Schemas['VolunteerMatch'];
export type BatchPlan = Schemas['BatchPlan'];
export type BatchAssignment = Schemas['BatchAssignment'];

/** The best volunteers for a help request, with every reason, and (optionally) the excluded ones. */
export function useCandidates(helpRequestId: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: ['help-requests', helpRequestId, 'candidates'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/help-requests/{id}/candidates', {
          params: { path: { id: helpRequestId }, query: { top: 10, includeExcluded: true } },
        }),
      ),
    enabled,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
}

export function useBatchPlan() {
  return useQuery({
    queryKey: ['matching', 'batch-plan'],
    queryFn: () => unwrap(api.GET('/api/v1/matching/batch-plan')),
  });
}

/**
 * The ETag of the help request: the one on screen when `fresh` is false (a change on a stale
 * screen is refused with a 412), a newly read one otherwise (the batch plan shows no request).
 */
async function helpRequestEtag(queryClient: QueryClient, id: string, fresh: boolean) {
  const key = ['help-requests', id];
  const cached = queryClient.getQueryData<Versioned<HelpRequest>>(key);
  if (cached && !fresh) return cached.etag;
  const result = await api.GET('/api/v1/help-requests/{id}', { params: { path: { id } } });
  await unwrap(Promise.resolve(result));
  return result.response.headers.get('ETag') ?? '';
}

/** Proposes a volunteer for a help request; the answer carries the one-time answer link. */
export function usePropose({ fresh = false } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      helpRequestId,
      volunteerId,
    }: {
      helpRequestId: string;
      volunteerId: string;
    }) => {
      const etag = await helpRequestEtag(queryClient, helpRequestId, fresh);
      return unwrap(
        api.POST('/api/v1/help-requests/{id}/proposals', {
          params: { path: { id: helpRequestId } },
          body: { volunteerId },
          headers: { 'If-Match': etag },
        }),
      );
    },
    onSettled: (_data, _error, { helpRequestId }) => {
      void queryClient.invalidateQueries({ queryKey: ['help-requests', helpRequestId] });
      void queryClient.invalidateQueries({ queryKey: ['help-requests', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['volunteers', 'list'] });
    },
  });
}

/** The answer link as a full address, to send to the volunteer by text message. */
export function fullLink(answerLink: string) {
  return new URL(answerLink, window.location.origin).toString();
}

export type RequestMatch = Schemas['RequestMatch'];

/** The volunteers proposed for a help request, newest first, with how each proposal ended. */
export function useRequestMatches(helpRequestId: string) {
  return useQuery({
    queryKey: ['help-requests', helpRequestId, 'matches'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/help-requests/{id}/matches', { params: { path: { id: helpRequestId } } }),
      ),
  });
}

/** Records that the help was given; the request is completed, so it and its matches are reloaded. */
export function useCompleteMatch(helpRequestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ matchId, ...body }: { matchId: string } & Schemas['MatchCompletionBody']) =>
      unwrap(
        api.POST('/api/v1/volunteer-matches/{id}/complete', {
          params: { path: { id: matchId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['help-requests', helpRequestId] }),
  });
}
