import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { api, ApiError, unwrap, versioned, type Versioned } from '../../lib/api';

type Schemas = components['schemas'];

export type Volunteer = Schemas['Volunteer'];
export type VolunteerSummary = Schemas['VolunteerSummary'];
export type VolunteerInput = Schemas['VolunteerInput'];
export type VolunteerStatus = Schemas['VolunteerStatus'];
export type BuddyType = Schemas['BuddyType'];
export type StatusChange = Schemas['VolunteerStatusBody'];
export type NewFeedback = Schemas['VolunteerFeedbackBody'];
export type NewHours = Schemas['VolunteerHoursBody'];

export const volunteerStatuses = [
  'Intake',
  'Training',
  'Active',
  'Paused',
  'Stopped',
] as const satisfies readonly VolunteerStatus[];

/** The steps the pipeline allows from each status; the API refuses the others with a 409. */
export const nextStatuses: Record<VolunteerStatus, VolunteerStatus[]> = {
  Intake: ['Training', 'Active', 'Stopped'],
  Training: ['Active', 'Stopped'],
  Active: ['Paused', 'Stopped'],
  Paused: ['Active', 'Stopped'],
  Stopped: ['Intake'],
};

export interface VolunteerFilter {
  status?: VolunteerStatus;
  buddyType?: BuddyType;
  search?: string;
}

export function useVolunteers(filter: VolunteerFilter) {
  return useQuery({
    queryKey: ['volunteers', 'list', filter],
    queryFn: () => unwrap(api.GET('/api/v1/volunteers', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

const key = (id: string) => ['volunteers', id];

export function useVolunteer(id: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: key(id),
    queryFn: () =>
      versioned<Volunteer>(api.GET('/api/v1/volunteers/{id}', { params: { path: { id } } })),
    enabled,
  });
}

/** Registers a volunteer, or with an id replaces their profile with the ETag of the version on screen. */
export function useSaveVolunteer(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: VolunteerInput) => {
      if (!id) return versioned<Volunteer>(api.POST('/api/v1/volunteers', { body: input }));
      const etag = queryClient.getQueryData<Versioned<Volunteer>>(key(id))?.etag ?? '';
      return versioned<Volunteer>(
        api.PUT('/api/v1/volunteers/{id}', {
          params: { path: { id } },
          body: input,
          headers: { 'If-Match': etag },
        }),
      );
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(key(saved.data.id), saved);
      void queryClient.invalidateQueries({ queryKey: ['volunteers', 'list'] });
    },
    onError: (error) => {
      if (id && error instanceof ApiError && error.status === 412) {
        void queryClient.invalidateQueries({ queryKey: key(id) });
      }
    },
  });
}

export function useChangeVolunteerStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: StatusChange) => {
      const etag = queryClient.getQueryData<Versioned<Volunteer>>(key(id))?.etag ?? '';
      return versioned<Volunteer>(
        api.POST('/api/v1/volunteers/{id}/status', {
          params: { path: { id } },
          body: change,
          headers: { 'If-Match': etag },
        }),
      );
    },
    onSuccess: (changed) => {
      queryClient.setQueryData(key(id), changed);
      void queryClient.invalidateQueries({ queryKey: ['volunteers', 'list'] });
    },
    onError: (error) => {
      if (error instanceof ApiError && (error.status === 412 || error.status === 409)) {
        void queryClient.invalidateQueries({ queryKey: key(id) });
      }
    },
  });
}

export function useAddFeedback(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (feedback: NewFeedback) =>
      unwrap(
        api.POST('/api/v1/volunteers/{id}/feedback', { params: { path: { id } }, body: feedback }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(id) }),
  });
}

export function useAddHours(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (hours: NewHours) =>
      unwrap(api.POST('/api/v1/volunteers/{id}/hours', { params: { path: { id } }, body: hours })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(id) }),
  });
}

/** The API's field errors, keyed by camelCase path ("availability", "languages[0].code"). */
export function fieldErrors(error: Error | null): Record<string, string> {
  if (!(error instanceof ApiError) || !error.problem?.errors) return {};
  return Object.fromEntries(
    Object.entries(error.problem.errors).map(([field, messages]) => [
      field.charAt(0).toLowerCase() + field.slice(1),
      messages.join(' '),
    ]),
  );
}
