import { useTranslation } from 'react-i18next';
import { Choices, Field } from '../../../components/ui/Field';
import { useCategoryName, useHelpCategories } from '../api';
import { intakeChannels, MAX_DESCRIPTION, urgencies } from './draft';
import { fieldId, SelectField, TextField, type StepProps } from './fields';

export function RequestStep(step: StepProps) {
  const { t } = useTranslation();
  const { draft, errors, update } = step;
  const categories = useHelpCategories().data?.items ?? [];
  const categoryName = useCategoryName();

  return (
    <>
      <SelectField
        state={step}
        field="channel"
        label={t('intake.fields.channel')}
        placeholder={t('intake.placeholders.choose')}
        options={intakeChannels.map((value) => ({ value, label: t(`channels.${value}`) }))}
      />
      {draft.channel === 'ReferralCard' && (
        <TextField
          state={step}
          field="referralCardCode"
          label={t('intake.fields.referralCardCode')}
          hint={t('intake.hints.optional')}
        />
      )}
      <SelectField
        state={step}
        field="categoryCode"
        label={t('intake.fields.category')}
        placeholder={t('intake.placeholders.choose')}
        options={categories.map(({ code }) => ({ value: code, label: categoryName(code) }))}
      />
      <Field
        id={fieldId('description')}
        label={t('intake.fields.description')}
        hint={t('intake.hints.description', {
          count: draft.description.length,
          max: MAX_DESCRIPTION,
        })}
        error={errors.description}
      >
        {(control) => (
          <textarea
            {...control}
            rows={5}
            maxLength={MAX_DESCRIPTION}
            value={draft.description}
            onChange={(event) => update({ description: event.target.value })}
          />
        )}
      </Field>
      <Choices
        id={fieldId('urgency')}
        legend={t('intake.fields.urgency')}
        options={urgencies.map((value) => ({ value, label: t(`urgencies.${value}`) }))}
        value={draft.urgency}
        onChange={(value) => update({ urgency: value as typeof draft.urgency })}
        error={errors.urgency}
      />
    </>
  );
}
