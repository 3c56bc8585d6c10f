import type { TFunction } from 'i18next';
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
  /** A help request's sector: the partners that serve its neighbourhood come first, marked so. */
  suggestSectorCode?: string;
}

const options = (
  partners: { id: string; name: string; activeInNeighbourhood?: boolean }[],
  t: TFunction,
) =>
  partners.map((partner) => (
    <option key={partner.id} value={partner.id}>
      {partner.activeInNeighbourhood
        ? `${partner.name} · ${t('consultationEdit.activeInNeighbourhood')}`
        : partner.name}
    </option>
  ));

/**
 * A choice among the network's referral targets on the sociale kaart; with a category and/or a
 * sector, those that offer that help there are grouped first, those active in the neighbourhood
 * marked.
 */
export function PartnerField({
  emptyOption,
  value,
  onChange,
  suggestCategory,
  suggestSectorCode,
  ...field
}: PartnerFieldProps) {
  const { t } = useTranslation();
  const partners = usePartners(suggestCategory, suggestSectorCode);
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
                    {options(
                      items.filter((partner) => partner.suggested),
                      t,
                    )}
                  </optgroup>
                  {items.some((partner) => !partner.suggested) && (
                    <optgroup label={t('socialMap.otherGroup')}>
                      {options(
                        items.filter((partner) => !partner.suggested),
                        t,
                      )}
                    </optgroup>
                  )}
                </>
              ) : (
                options(items, t)
              )}
            </select>
          )}
        </Field>
      )}
    </QueryState>
  );
}
