import { useState } from 'react';
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
      <HomeLocation step={step} />
      <ResidentMatches draft={draft} onPick={(resident) => update({ resident })} />
    </>
  );
}

type Locating = 'idle' | 'busy' | 'failed';

/** At the door, the phone knows where the home is: with the resident's consent it helps find volunteers nearby. */
function HomeLocation({ step: { draft, update } }: { step: StepProps }) {
  const { t } = useTranslation();
  const [state, setState] = useState<Locating>('idle');

  function locate() {
    if (!('geolocation' in navigator)) return setState('failed');
    setState('busy');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        update({ home: { latitude: coords.latitude, longitude: coords.longitude } });
        setState('idle');
      },
      () => setState('failed'),
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  }

  return (
    <div className="field">
      <p className="field__hint" id="home-location-hint">
        {t('intake.hints.homeLocation')}
      </p>
      {draft.home ? (
        <p role="status">
          {t('intake.homeLocation.set')}{' '}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => update({ home: null })}
          >
            {t('intake.homeLocation.clear')}
          </button>
        </p>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          aria-describedby="home-location-hint"
          disabled={state === 'busy'}
          onClick={locate}
        >
          {t(state === 'busy' ? 'intake.homeLocation.busy' : 'intake.homeLocation.use')}
        </button>
      )}
      {state === 'failed' && (
        <p role="alert" className="field__error">
          {t('intake.homeLocation.failed')}
        </p>
      )}
    </div>
  );
}
