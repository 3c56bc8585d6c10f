import { useTranslation } from 'react-i18next';
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
  /** A help request's category: the partners that offer it are listed first. */
  suggestCategory?: string;
}

const options = (partners: { id: string; name: string }[]) =>
  partners.map((partner) => (
    <option key={partner.id} value={partner.id}>
      {partner.name}
    </option>
  ));

/**
 * A choice among the network's referral targets on the sociale kaart; with a category, those that
 * offer it are grouped first.
 */
export function PartnerField({
  emptyOption,
  value,
  onChange,
  suggestCategory,
  ...field
}: PartnerFieldProps) {
  const { t } = useTranslation();
  const partners = usePartners(suggestCategory);
  return (
    <QueryState query={partners}>
      {({ items }) => (
        <Field {...field}>
          {(control) => (
            <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
              <option value="">{emptyOption}</option>
              {items.some((partner) => partner.suggested) ? (
                <>
                  <optgroup label={t('socialMap.suggestedGroup')}>
                    {options(items.filter((partner) => partner.suggested))}
                  </optgroup>
                  {items.some((partner) => !partner.suggested) && (
                    <optgroup label={t('socialMap.otherGroup')}>
                      {options(items.filter((partner) => !partner.suggested))}
                    </optgroup>
                  )}
                </>
              ) : (
                options(items)
              )}
            </select>
          )}
        </Field>
      )}
    </QueryState>
  );
}
