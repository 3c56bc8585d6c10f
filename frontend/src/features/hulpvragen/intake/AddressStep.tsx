import { useTranslation } from 'react-i18next';
import { useNeighbourhood, useNeighbourhoods } from '../../buurtanalyse/api';
import { SelectField, TextField, type StepProps } from './fields';
import { ResidentMatches } from './ResidentMatches';

export function AddressStep(step: StepProps) {
  const { t } = useTranslation();
  const { draft, update } = step;
  const neighbourhoods = useNeighbourhoods().data?.items ?? [];
  const neighbourhood = useNeighbourhood(draft.neighbourhoodId, {
    enabled: draft.neighbourhoodId !== '',
  });
  const sectors = (draft.neighbourhoodId && neighbourhood.data?.sectors) || [];

  function chooseNeighbourhood(id: string) {
    const municipality = neighbourhoods.find((item) => item.id === id)?.municipalityName ?? '';
    update({ neighbourhoodId: id, municipality, sectorCode: '' });
  }

  return (
    <>
      <TextField state={step} field="street" label={t('intake.fields.street')} />
      <div className="field-row">
        <TextField state={step} field="houseNumber" label={t('intake.fields.houseNumber')} />
        <TextField
          state={step}
          field="box"
          label={t('intake.fields.box')}
          hint={t('intake.hints.optional')}
        />
      </div>
      <TextField
        state={step}
        field="postalCode"
        label={t('intake.fields.postalCode')}
        inputMode="numeric"
        maxLength={4}
      />
      <SelectField
        state={step}
        field="neighbourhoodId"
        label={t('intake.fields.neighbourhood')}
        placeholder={t('intake.placeholders.neighbourhood')}
        options={neighbourhoods.map(({ id, name, municipalityName }) => ({
          value: id,
          label: `${name} (${municipalityName})`,
        }))}
        onChange={chooseNeighbourhood}
      />
      <SelectField
        state={step}
        field="sectorCode"
        label={t('intake.fields.sector')}
        hint={t('intake.hints.sector')}
        placeholder={t(
          draft.neighbourhoodId ? 'intake.placeholders.sector' : 'intake.placeholders.sectorFirst',
        )}
        options={sectors.map(({ code, name }) => ({ value: code, label: `${name} (${code})` }))}
        disabled={sectors.length === 0}
      />
      <ResidentMatches draft={draft} onPick={(resident) => update({ resident })} />
    </>
  );
}
