import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { components, paths } from '../../api/schema';
import { api, ApiError, unwrap, versioned, type Versioned } from '../../lib/api';

type Schemas = components['schemas'];

export type HelpCategory = Schemas['HelpCategory'];
export type ResidentMatch = Schemas['ResidentMatch'];
export type NewResident = Schemas['RegisterResidentCommand'];
export type NewHelpRequest = Schemas['RecordIntakeCommand'];
export type TimeWindow = Schemas['TimeWindow'];
export type HelpRequestSummary = Schemas['HelpRequestSummary'];
export type Status = Schemas['HelpRequestStatus'];
export type TriageDecision = Schemas['TriageBody'];
export type Transition = Schemas['TransitionBody'];
export type WaitlistPlacement = Schemas['WaitlistBody'];
export type NewFollowUp = Schemas['FollowUpBody'];
export type Referral = Schemas['ReferBody'];
export type Consent = Schemas['Consent'];
export type ConsentPurpose = Schemas['ConsentPurpose'];
export type MatchCriteria = NonNullable<
  paths['/api/v1/residents/matches']['get']['parameters']['query']
>;

/**
 * A help request as the API sends it. The OpenAPI document does not mark `triage` and a timeline
 * entry's `from` as nullable, but they are null before triage and for the first entry.
 */
export type HelpRequest = Omit<Schemas['HelpRequest'], 'triage' | 'timeline'> & {
  triage: Schemas['Triage'] | null;
  timeline: (Omit<Schemas['TimelineEntry'], 'from'> & { from: Status | null })[];
};

const PAGE_SIZE = 20;

export function useHelpCategories() {
  return useQuery({
    queryKey: ['help-categories'],
    queryFn: () => unwrap(api.GET('/api/v1/help-categories')),
    staleTime: 5 * 60_000,
  });
}

/** Looks up a category's name in the interface language; the code while the list loads. */
export function useCategoryName(): (code: string) => string {
  const { i18n } = useTranslation();
  const { data } = useHelpCategories();
  return (code) => {
    const category = data?.items.find((item) => item.code === code);
    if (!category) return code;
    return i18n.language === 'en' ? category.nameEn : category.nameNl;
  };
}

/** Residents the network already knows who may be the person at the door. */
export function useResidentMatches(criteria: MatchCriteria | null) {
  return useQuery({
    queryKey: ['residents', 'matches', criteria],
    queryFn: () => unwrap(api.GET('/api/v1/residents/matches', { params: { query: criteria! } })),
    enabled: criteria !== null,
    placeholderData: keepPreviousData,
  });
}

export function useCreateResident() {
  return useMutation({
    mutationFn: (resident: NewResident) =>
      unwrap(api.POST('/api/v1/residents', { body: resident })),
  });
}

export function useCreateHelpRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    // The key lets the API recognise a retry of the same submission, e.g. after a dropped answer.
    mutationFn: ({
      request,
      idempotencyKey,
    }: {
      request: NewHelpRequest;
      idempotencyKey: string;
    }) =>
      versioned<HelpRequest>(
        api.POST('/api/v1/help-requests', {
          body: request,
          headers: { 'Idempotency-Key': idempotencyKey },
        }),
      ),
    onSuccess: (created) => {
      queryClient.setQueryData(['help-requests', created.data.id], created);
      void queryClient.invalidateQueries({ queryKey: ['help-requests', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['caseload'] });
    },
  });
}

/** The network's partner organisations, to refer a request or issue a referral card to. */
/**
 * The actors of the sociale kaart a request can be referred to (active, taking referrals); with a
 * category and/or a sector, those that offer that help there come first, marked suggested, and
 * those that serve the sector's neighbourhood are marked active in it.
 */
export function usePartners(suggestCategory?: string, suggestSectorCode?: string) {
  return useQuery({
    queryKey: ['partners', 'referral-targets', suggestCategory ?? null, suggestSectorCode ?? null],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partners', {
          params: { query: { referralTargets: true, suggestCategory, suggestSectorCode } },
        }),
      ),
    staleTime: 5 * 60_000,
  });
}

export function useHelpRequests(status: Status | undefined) {
  return useInfiniteQuery({
    queryKey: ['help-requests', 'list', status ?? 'all'],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/help-requests', {
          params: { query: { status, cursor: pageParam, limit: PAGE_SIZE } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useCaseload() {
  return useQuery({
    queryKey: ['caseload'],
    queryFn: () => unwrap(api.GET('/api/v1/me/caseload')),
  });
}

export function useHelpRequest(id: string) {
  return useQuery({
    queryKey: ['help-requests', id],
    queryFn: () =>
      versioned<HelpRequest>(api.GET('/api/v1/help-requests/{id}', { params: { path: { id } } })),
  });
}

export function useTriageSuggestion(id: string) {
  return useQuery({
    queryKey: ['help-requests', id, 'triage-suggestion'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/help-requests/{id}/triage-suggestion', { params: { path: { id } } })),
  });
}

type Change<T> = (
  id: string,
  change: T,
  etag: string,
) => Promise<{ data?: HelpRequest; error?: unknown; response: Response }>;

/**
 * A change to a help request, sent with the ETag of the version on screen; the answer is the
 * changed request with its new ETag. On a 412 (someone else changed it meanwhile) it is reloaded.
 */
function useHelpRequestChange<T>(id: string, send: Change<T>) {
  const queryClient = useQueryClient();
  const key = ['help-requests', id];
  return useMutation({
    mutationFn: (change: T) => {
      const etag = queryClient.getQueryData<Versioned<HelpRequest>>(key)?.etag ?? '';
      return versioned(send(id, change, etag));
    },
    onSuccess: (changed) => {
      queryClient.setQueryData(key, changed);
      void queryClient.invalidateQueries({ queryKey: ['help-requests', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['caseload'] });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 412) {
        void queryClient.invalidateQueries({ queryKey: key });
      }
    },
  });
}

/** A resident's personal data; the API records every read in the audit trail. */
export function useResident(id: string) {
  return useQuery({
    queryKey: ['residents', id],
    queryFn: () => unwrap(api.GET('/api/v1/residents/{id}', { params: { path: { id } } })),
  });
}

/**
 * Gives or withdraws a resident's consent for one purpose; the answer is the changed resident. On a
 * 409 (it was given or withdrawn meanwhile) the resident is reloaded to show how things stand.
 */
export function useConsentChange(residentId: string) {
  const queryClient = useQueryClient();
  const key = ['residents', residentId];
  return useMutation({
    mutationFn: ({ purpose, given }: { purpose: ConsentPurpose; given: boolean }) =>
      given
        ? unwrap(
            api.POST('/api/v1/residents/{id}/consents', {
              params: { path: { id: residentId } },
              body: { purpose, note: null },
            }),
          )
        : unwrap(
            api.DELETE('/api/v1/residents/{id}/consents/{purpose}', {
              params: { path: { id: residentId, purpose } },
            }),
          ),
    onSuccess: (resident) => queryClient.setQueryData(key, resident),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: key });
      }
    },
  });
}

export const useTriage = (id: string) =>
  useHelpRequestChange(id, (id, decision: TriageDecision, etag) =>
    api.POST('/api/v1/help-requests/{id}/triage', {
      params: { path: { id } },
      body: decision,
      headers: { 'If-Match': etag },
    }),
  );

export const useTransition = (id: string) =>
  useHelpRequestChange(id, (id, transition: Transition, etag) =>
    api.POST('/api/v1/help-requests/{id}/transitions', {
      params: { path: { id } },
      body: transition,
      headers: { 'If-Match': etag },
    }),
  );

export const useWaitlist = (id: string) =>
  useHelpRequestChange(id, (id, placement: WaitlistPlacement, etag) =>
    api.POST('/api/v1/help-requests/{id}/waitlist', {
      params: { path: { id } },
      body: placement,
      headers: { 'If-Match': etag },
    }),
  );

export const useReferral = (id: string) =>
  useHelpRequestChange(id, (id, referral: Referral, etag) =>
    api.POST('/api/v1/help-requests/{id}/referrals', {
      params: { path: { id } },
      body: referral,
      headers: { 'If-Match': etag },
    }),
  );

// Adding and completing follow-up tasks cannot conflict with another change: no If-Match.
export const useAddFollowUp = (id: string) =>
  useHelpRequestChange(id, (id, followUp: NewFollowUp) =>
    api.POST('/api/v1/help-requests/{id}/follow-ups', {
      params: { path: { id } },
      body: followUp,
    }),
  );

export const useCompleteFollowUp = (id: string) =>
  useHelpRequestChange(id, (id, taskId: string) =>
    api.POST('/api/v1/help-requests/{id}/follow-ups/{taskId}/complete', {
      params: { path: { id, taskId } },
    }),
  );

// Only the first contact counts and recording it again changes nothing: no If-Match.
export const useRecordFirstContact = (id: string) =>
  useHelpRequestChange(id, (id, at: string | null) =>
    api.POST('/api/v1/help-requests/{id}/first-contact', {
      params: { path: { id } },
      body: { at },
    }),
  );
