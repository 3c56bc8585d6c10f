import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { api, ApiError, unwrap } from '../../lib/api';

export type NeighbourhoodIndicators = components['schemas']['NeighbourhoodIndicators'];
export type IndicatorRow = components['schemas']['IndicatorRow'];
export type Comparison = components['schemas']['Comparison'];
export type BoundaryCollection = components['schemas']['BoundaryCollection'];
export type DatasetImport = components['schemas']['DatasetImport'];
export type DatasetKind = components['schemas']['DatasetKind'];

export const datasetKinds: DatasetKind[] = [
  'Population',
  'Income',
  'Households',
  'IndicatorValues',
  'SectorBoundaries',
];

export function useNeighbourhoods() {
  return useQuery({
    queryKey: ['neighbourhoods'],
    queryFn: () => unwrap(api.GET('/api/v1/neighbourhoods')),
  });
}

export function useNeighbourhood(id: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: ['neighbourhoods', id],
    queryFn: () => unwrap(api.GET('/api/v1/neighbourhoods/{id}', { params: { path: { id } } })),
    enabled,
  });
}

export function useNeighbourhoodIndicators(id: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: ['neighbourhoods', id, 'indicators'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/neighbourhoods/{id}/indicators', { params: { path: { id } } })),
    enabled,
  });
}

export function useNeighbourhoodBoundaries(id: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: ['neighbourhoods', id, 'boundaries'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/neighbourhoods/{id}/boundaries', { params: { path: { id } } })),
    enabled,
  });
}

export function useDatasetImports() {
  return useQuery({
    queryKey: ['dataset-imports'],
    queryFn: () => unwrap(api.GET('/api/v1/buurtanalyse/imports')),
  });
}

/**
 * Follows a running import by the id the client chose for it. Until the upload has reached the
 * server the import does not exist yet (404), which is not an error here.
 */
export function useImportProgress(id: string | null) {
  return useQuery({
    queryKey: ['dataset-imports', id],
    queryFn: async () => {
      try {
        return await unwrap(
          api.GET('/api/v1/buurtanalyse/imports/{id}', { params: { path: { id: id ?? '' } } }),
        );
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    enabled: id !== null,
    refetchInterval: 500,
  });
}

export interface ImportRequest {
  importId: string;
  kind: DatasetKind;
  year: number | null;
  file: File;
}

export function useImportDataset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ importId, kind, year, file }: ImportRequest) =>
      unwrap(
        api.POST('/api/v1/buurtanalyse/imports', {
          // The typed body documents the fields; the request sends them as multipart form data.
          body: { importId, kind, year: year ?? 0, file: file.name },
          bodySerializer: () => {
            const form = new FormData();
            form.append('importId', importId);
            form.append('kind', kind);
            if (year !== null) form.append('year', String(year));
            form.append('file', file, file.name);
            return form;
          },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['dataset-imports'] }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['neighbourhoods'] }),
  });
}

export function useNeighbourhoodSignals(id: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: ['neighbourhoods', id, 'signals'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/neighbourhoods/{id}/signals', { params: { path: { id } } })),
    enabled,
  });
}

export function useRecordSignal(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { theme: string; sectorCode: string; description: string }) =>
      unwrap(api.POST('/api/v1/neighbourhoods/{id}/signals', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['neighbourhoods', id, 'signals'] }),
  });
}
