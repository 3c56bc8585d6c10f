import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { api, unwrap } from '../../lib/api';

type Schemas = components['schemas'];

export type ReferralCard = Schemas['ReferralCard'];
export type NewReferralCard = Schemas['IssueReferralCardCommand'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
export type AuditEntry = Schemas['AuditEntry'];

export type DeliveryState = Schemas['WebhookDeliveryState'];

/** The states to filter deliveries on; a failed delivery is a pending one whose last try failed. */
export const deliveryStates = [
  'Dead',
  'Failed',
  'Pending',
  'Delivered',
] as const satisfies readonly DeliveryState[];

const PAGE_SIZE = 50;

export function useIssueReferralCard() {
  return useMutation({
    mutationFn: (card: NewReferralCard) =>
      unwrap(api.POST('/api/v1/referral-cards', { body: card })),
  });
}

/** The waiting list in its order: priority first (1 is the most urgent), then waiting time. */
export function useWaitingList() {
  return useQuery({
    queryKey: ['waitlist'],
    queryFn: () => unwrap(api.GET('/api/v1/waitlist')),
  });
}

export function useWebhookDeliveries(state: DeliveryState) {
  return useInfiniteQuery({
    queryKey: ['webhook-deliveries', state],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/webhook-deliveries', {
          params: { query: { state: state.toLowerCase(), cursor: pageParam, limit: PAGE_SIZE } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** Sends a dead-lettered delivery again; it leaves the dead letters, so the lists are reloaded. */
export function useReplayDelivery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/v1/webhook-deliveries/{id}/replay', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['webhook-deliveries'] }),
  });
}

/** Who read or changed what, newest first; of one resource when entityId is given. */
export function useAuditTrail(entityId: string | undefined) {
  return useInfiniteQuery({
    queryKey: ['audit', entityId ?? 'all'],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/audit', {
          params: { query: { entityId, cursor: pageParam, limit: PAGE_SIZE } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export type HelpCategory = Schemas['HelpCategory'];

/** Every category of the network, also the switched-off ones, for beheer. */
export function useAllHelpCategories() {
  return useQuery({
    queryKey: ['help-categories', 'all'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/help-categories', { params: { query: { includeInactive: true } } })),
  });
}

/** Adds or changes a category; the intake's list is reloaded with it. */
export function useSaveHelpCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, ...body }: HelpCategory) =>
      unwrap(api.PUT('/api/v1/help-categories/{code}', { params: { path: { code } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['help-categories'] }),
  });
}
