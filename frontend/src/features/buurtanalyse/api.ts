import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api';

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
