import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { api, ApiError, unwrap } from '../../lib/api';
import { offerDownload } from '../../lib/download';

export type Actor = components['schemas']['Partner'];
export type ActorKind = components['schemas']['ActorKind'];
export type ActorInput = components['schemas']['SocialMapActorInput'];
export type SocialMapImport = components['schemas']['SocialMapImport'];

export const actorKinds: ActorKind[] = ['Formal', 'Informal', 'Policy'];

export interface SocialMapFilters {
  kind?: ActorKind;
  category?: string;
  neighbourhoodId?: string;
}

export function useSocialMap(filters: SocialMapFilters = {}, { enabled = true } = {}) {
  return useQuery({
    queryKey: ['partners', 'social-map', filters],
    queryFn: () => unwrap(api.GET('/api/v1/partners', { params: { query: filters } })),
    enabled,
  });
}

export function useSaveActor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ actor, body }: { actor?: Actor; body: ActorInput }) => {
      if (!actor) return unwrap(api.POST('/api/v1/partners', { body }));
      return unwrap(
        api.PUT('/api/v1/partners/{id}', {
          params: { path: { id: actor.id }, header: { 'If-Match': `"${actor.version}"` } },
          body,
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['partners'] }),
  });
}

/** Imports a CSV; a file with rejected lines answers 422 with the report in the problem's `import`. */
export function useImportSocialMap() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      unwrap(
        api.POST('/api/v1/partners/import', {
          body: { file: file.name },
          bodySerializer: () => {
            const form = new FormData();
            form.append('file', file, file.name);
            return form;
          },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['partners'] }),
  });
}

/** The rejection report of a refused import, if the error carries one. */
export function rejectedImport(error: unknown): SocialMapImport | undefined {
  if (!(error instanceof ApiError) || error.status !== 422) return undefined;
  return (error.problem as { import?: SocialMapImport } | undefined)?.import;
}

/** Fetches the export with the bearer token and hands it to the browser as a download. */
export function useExportSocialMap() {
  return useMutation({
    mutationFn: async () => {
      const { data, error, response } = await api.GET('/api/v1/partners/export', {
        parseAs: 'blob',
      });
      if (!response.ok || !data) throw new ApiError(response, error);
      offerDownload(data, 'sociale-kaart.csv');
    },
  });
}
