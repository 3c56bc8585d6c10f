import { Field } from '../../components/ui/Field';
import { QueryState } from '../../components/ui/QueryState';
import { usePartners } from './api';

interface PartnerFieldProps {
  id: string;
  label: string;
  /** The first option, for no partner (yet). */
  emptyOption: string;
  value: string;
  onChange: (partnerId: string) => void;
  hint?: string;
  error?: string;
}

/** A choice among the network's partner organisations. */
export function PartnerField({ emptyOption, value, onChange, ...field }: PartnerFieldProps) {
  const partners = usePartners();
  return (
    <QueryState query={partners}>
      {({ items }) => (
        <Field {...field}>
          {(control) => (
            <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
              <option value="">{emptyOption}</option>
              {items.map((partner) => (
                <option key={partner.id} value={partner.id}>
                  {partner.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </QueryState>
  );
}
