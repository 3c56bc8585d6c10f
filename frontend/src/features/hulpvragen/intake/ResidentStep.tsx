import { useTranslation } from 'react-i18next';
import { TextField, type StepProps } from './fields';
import { ResidentMatches } from './ResidentMatches';
import { ResidentName } from './ResidentName';

export function ResidentStep(step: StepProps) {
  const { t } = useTranslation();
  const { draft, update } = step;

  if (draft.resident) {
    return (
      <div className="card">
        <p className="card__title">
          <ResidentName resident={draft.resident} />
        </p>
        <p className="muted">{t('intake.resident.chosen')}</p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => update({ resident: null })}
        >
          {t('intake.resident.change')}
        </button>
      </div>
    );
  }

  return (
    <>
      <p className="muted">{t('intake.resident.intro')}</p>
      <TextField state={step} field="firstName" label={t('intake.fields.firstName')} />
      <TextField state={step} field="lastName" label={t('intake.fields.lastName')} />
      <TextField
        state={step}
        field="birthYear"
        label={t('intake.fields.birthYear')}
        hint={t('intake.hints.optional')}
        inputMode="numeric"
        maxLength={4}
      />
      <TextField
        state={step}
        field="phone"
        label={t('intake.fields.phone')}
        hint={t('intake.hints.phone')}
        type="tel"
      />
      <ResidentMatches draft={draft} onPick={(resident) => update({ resident })} />
    </>
  );
}
