import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Choices, Field } from '../../../components/ui/Field';
import { useFormat } from '../../../lib/format';
import { commonLanguages, consentPurposes, contactPreferences } from './draft';
import { fieldId, TextField, type StepProps } from './fields';

export function ContactStep(step: StepProps) {
  const { t } = useTranslation();
  const { draft, errors, update } = step;

  return (
    <>
      <Languages step={step} />
      <Choices
        id={fieldId('contactPreference')}
        legend={t('intake.fields.contactPreference')}
        options={contactPreferences.map((value) => ({
          value,
          label: t(`contactPreferences.${value}`),
        }))}
        value={draft.contactPreference}
        onChange={(value) => update({ contactPreference: value as typeof draft.contactPreference })}
        error={errors.contactPreference}
      />
      {draft.contactPreference === 'Email' && (
        <TextField state={step} field="email" label={t('intake.fields.email')} type="email" />
      )}
      <Choices
        multiple
        id={fieldId('consents')}
        legend={t('intake.fields.consents')}
        hint={t('intake.hints.consents')}
        options={consentPurposes.map((value) => ({
          value,
          label: t(`consentPurposes.${value}.label`),
          hint: t(`consentPurposes.${value}.explanation`),
        }))}
        value={draft.consents}
        onChange={(consents) => update({ consents: consents as typeof draft.consents })}
        error={errors.consents}
      />
    </>
  );
}

const LANGUAGE_CODE = /^[a-z]{2}$/;

/** The common languages of the neighbourhood as chips, and any other by its two-letter code. */
function Languages({ step }: { step: StepProps }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { draft, errors, update } = step;
  const [other, setOther] = useState('');
  const [otherError, setOtherError] = useState<string>();
  const codes = [
    ...commonLanguages,
    ...draft.languages.filter((code) => !commonLanguages.includes(code)),
  ];

  function addOther() {
    const code = other.trim().toLowerCase();
    if (!LANGUAGE_CODE.test(code)) {
      setOtherError(t('intake.errors.languageCode'));
      return;
    }
    if (!draft.languages.includes(code)) update({ languages: [...draft.languages, code] });
    setOther('');
    setOtherError(undefined);
  }

  return (
    <>
      <Choices
        multiple
        id={fieldId('languages')}
        legend={t('intake.fields.languages')}
        options={codes.map((code) => ({ value: code, label: format.language(code) }))}
        value={draft.languages}
        onChange={(languages) => update({ languages })}
        error={errors.languages}
      />
      <Field
        id="intake-other-language"
        label={t('intake.fields.otherLanguage')}
        hint={t('intake.hints.otherLanguage')}
        error={otherError}
      >
        {(control) => (
          <div className="inline-add">
            <input
              {...control}
              value={other}
              maxLength={2}
              autoComplete="off"
              onChange={(event) => setOther(event.target.value)}
              onKeyDown={(event) => {
                // Enter adds the code instead of submitting the step.
                if (event.key === 'Enter') {
                  event.preventDefault();
                  addOther();
                }
              }}
            />
            <button type="button" className="button button--secondary" onClick={addOther}>
              {t('intake.addLanguage')}
            </button>
          </div>
        )}
      </Field>
    </>
  );
}
