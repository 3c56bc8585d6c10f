import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { api, ApiError, unwrap } from '../../lib/api';

type Schemas = components['schemas'];

export type ResidentDataExport = Schemas['ResidentDataExport'];
export type ResidentErasure = Schemas['ResidentErasure'];
export type Resident = Schemas['Resident'];
export type ResidentDetailsCorrection = Schemas['ResidentDetailsCorrection'];

/** Everything held about a resident, from every table; the API records the export in the audit trail. */
export function useResidentDataExport(id: string) {
  return useQuery({
    queryKey: ['residents', id, 'data-export'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/residents/{id}/data-export', { params: { path: { id } } })),
  });
}

/** Erases the resident's personal data by anonymisation; afterwards the export shows the placeholders. */
export function useEraseResident(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      unwrap(
        api.POST('/api/v1/residents/{id}/erasure', {
          params: { path: { id } },
          body: { reason },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['residents', id] }),
  });
}

/**
 * Corrects the resident's details (GDPR art. 16), sent with the version on screen as If-Match. On
 * success and on a 412 (someone else corrected them meanwhile) the page reloads what is held.
 */
export function useCorrectResident(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      correction,
      version,
    }: {
      correction: ResidentDetailsCorrection;
      version: number;
    }) =>
      unwrap(
        api.PUT('/api/v1/residents/{id}/details', {
          params: { path: { id } },
          body: correction,
          headers: { 'If-Match': `"${version}"` },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['residents', id] }),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 412) {
        void queryClient.invalidateQueries({ queryKey: ['residents', id] });
      }
    },
  });
}

/** The export as a JSON file to hand to the resident (GDPR art. 20). */
export function downloadJson(data: ResidentDataExport) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `gegevens-bewoner-${data.resident.person.id}.json`;
  link.click();
  URL.revokeObjectURL(url);
}
