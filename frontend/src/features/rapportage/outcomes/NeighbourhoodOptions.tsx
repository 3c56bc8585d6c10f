import { useNeighbourhoods } from '../../buurtanalyse/api';

/** The network's neighbourhoods as options of a select, after one for "no neighbourhood" labelled `empty`. */
export function NeighbourhoodOptions({ empty }: { empty: string }) {
  const neighbourhoods = useNeighbourhoods().data?.items ?? [];
  return (
    <>
      <option value="">{empty}</option>
      {neighbourhoods.map((neighbourhood) => (
        <option key={neighbourhood.id} value={neighbourhood.id}>
          {neighbourhood.name}
        </option>
      ))}
    </>
  );
}
