import { useState, type FormEvent, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Choices, Field } from '../../components/ui/Field';
import { ApiError } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { commonLanguages, contactPreferences } from '../hulpvragen/intake/draft';
import { useCorrectResident, type Resident, type ResidentDetailsCorrection } from './api';

type Outcome = 'idle' | 'corrected' | 'conflict';

/**
 * "Gegevens corrigeren" (GDPR art. 16): the resident's details in a form, sent with the version on
 * screen and a reason. When someone else corrected them meanwhile, the form starts again from the
 * data now held, with a notice saying so.
 */
export function ResidentCorrection({ person }: { person: Resident }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>('idle');

  return (
    <section aria-labelledby="rectification-title" className="spaced no-print">
      <h2 id="rectification-title">{t('rectification.title')}</h2>
      <p>{t('rectification.explanation')}</p>
      {outcome === 'corrected' && (
        <p role="status" className="notice notice--success">
          {t('rectification.done')}
        </p>
      )}
      {outcome === 'conflict' && (
        <p role="alert" className="notice notice--error">
          {t('rectification.conflict')}
        </p>
      )}
      {open ? (
        // A new version (ours or someone else's) starts the form again from what is now held.
        <CorrectionForm
          key={person.version}
          person={person}
          onCorrected={() => {
            setOutcome('corrected');
            setOpen(false);
          }}
          onConflict={() => setOutcome('conflict')}
          onCancel={() => setOpen(false)}
        />
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setOutcome('idle');
            setOpen(true);
          }}
        >
          {t('rectification.open')}
        </button>
      )}
    </section>
  );
}

type Values = Record<FieldName, string>;

type FieldName =
  | 'firstName'
  | 'lastName'
  | 'birthYear'
  | 'phone'
  | 'email'
  | 'street'
  | 'houseNumber'
  | 'box'
  | 'postalCode'
  | 'municipality'
  | 'sectorCode'
  | 'reason';
type Errors = Partial<Record<FieldName | 'languages' | 'contactPreference', string>>;

const fieldId = (field: string) => `rectification-${field}`;

function valuesOf(person: Resident): Values {
  const { address } = person;
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    birthYear: person.birthYear?.toString() ?? '',
    phone: person.phone ?? '',
    email: person.email ?? '',
    street: address.street,
    houseNumber: address.houseNumber,
    box: address.box ?? '',
    postalCode: address.postalCode,
    municipality: address.municipality,
    sectorCode: address.sectorCode,
    reason: '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

function correctionOf(
  values: Values,
  languages: string[],
  contactPreference: Resident['contactPreference'],
): ResidentDetailsCorrection {
  return {
    firstName: values.firstName,
    lastName: values.lastName,
    birthYear: values.birthYear.trim() === '' ? null : Number(values.birthYear),
    phone: orNull(values.phone),
    email: orNull(values.email),
    address: {
      street: values.street,
      houseNumber: values.houseNumber,
      box: orNull(values.box),
      postalCode: values.postalCode.trim(),
      municipality: values.municipality,
      sectorCode: values.sectorCode.trim(),
    },
    languages,
    contactPreference,
    reason: orNull(values.reason),
  };
}

/** The API's field paths ("address.street", "languages[0]") as the form's fields. */
function errorsOf(problem: ApiError['problem']): Errors {
  const errors: Errors = {};
  for (const [path, messages] of Object.entries(problem?.errors ?? {})) {
    const field = path.replace(/^address\./, '').replace(/\[\d+\]$/, '') as keyof Errors;
    errors[field] = [errors[field], ...messages].filter(Boolean).join(' ');
  }
  return errors;
}

interface FormProps {
  person: Resident;
  onCorrected: () => void;
  onConflict: () => void;
  onCancel: () => void;
}

function CorrectionForm({ person, onCorrected, onConflict, onCancel }: FormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const correct = useCorrectResident(person.id);
  const [values, setValues] = useState(() => valuesOf(person));
  const [languages, setLanguages] = useState(person.languages);
  const [contactPreference, setContactPreference] = useState(person.contactPreference);
  const [birthYearError, setBirthYearError] = useState<string>();
  const error = correct.error instanceof ApiError ? correct.error : undefined;
  const errors: Errors = {
    ...errorsOf(error?.problem),
    ...(birthYearError && { birthYear: birthYearError }),
  };
  const languageOptions = [...new Set([...person.languages, ...commonLanguages])];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (values.birthYear.trim() !== '' && !/^\d{4}$/.test(values.birthYear.trim())) {
      setBirthYearError(t('rectification.errors.birthYear'));
      return;
    }
    setBirthYearError(undefined);
    correct.mutate(
      { correction: correctionOf(values, languages, contactPreference), version: person.version },
      {
        onSuccess: onCorrected,
        onError: (failure) => {
          if (failure instanceof ApiError && failure.status === 412) onConflict();
        },
      },
    );
  };

  const text = (
    field: FieldName,
    props: InputHTMLAttributes<HTMLInputElement> & { hint?: string } = {},
  ) => {
    const { hint, ...input } = props;
    return (
      <Field
        id={fieldId(field)}
        label={t(`rectification.fields.${field}`)}
        hint={hint}
        error={errors[field]}
      >
        {(control) => (
          <input
            // Residents' data: the browser must not offer the staff member's own name or address.
            autoComplete="off"
            {...input}
            {...control}
            value={values[field]}
            onChange={(event) => setValues({ ...values, [field]: event.target.value })}
          />
        )}
      </Field>
    );
  };

  // Other problems than bad fields (a refused correction of erased data, a stale version) as one message.
  const general =
    error && error.status !== 412 && Object.keys(errorsOf(error.problem)).length === 0;

  return (
    <form onSubmit={submit} noValidate aria-label={t('rectification.title')}>
      {text('firstName', { maxLength: 80 })}
      {text('lastName', { maxLength: 80 })}
      {text('birthYear', {
        inputMode: 'numeric',
        maxLength: 4,
        hint: t('rectification.hints.optional'),
      })}
      {text('phone', { type: 'tel', hint: t('rectification.hints.phone') })}
      {text('email', { type: 'email', maxLength: 320, hint: t('rectification.hints.optional') })}
      {text('street', { maxLength: 120 })}
      <div className="field-row">
        {text('houseNumber', { maxLength: 10 })}
        {text('box', { maxLength: 10, hint: t('rectification.hints.optional') })}
      </div>
      <div className="field-row">
        {text('postalCode', { inputMode: 'numeric', maxLength: 4 })}
        {text('municipality', { maxLength: 100 })}
      </div>
      {text('sectorCode', { maxLength: 9, hint: t('rectification.hints.sectorCode') })}
      <Choices
        multiple
        id={fieldId('languages')}
        legend={t('rectification.fields.languages')}
        options={languageOptions.map((code) => ({ value: code, label: format.language(code) }))}
        value={languages}
        onChange={setLanguages}
        error={errors.languages}
      />
      <Choices
        id={fieldId('contactPreference')}
        legend={t('rectification.fields.contactPreference')}
        options={contactPreferences.map((value) => ({
          value,
          label: t(`contactPreferences.${value}`),
        }))}
        value={contactPreference}
        onChange={(value) => setContactPreference(value as Resident['contactPreference'])}
        error={errors.contactPreference}
      />
      <Field
        id={fieldId('reason')}
        label={t('rectification.fields.reason')}
        hint={t('rectification.hints.reason')}
        error={errors.reason}
      >
        {(control) => (
          <textarea
            {...control}
            value={values.reason}
            maxLength={300}
            onChange={(event) => setValues({ ...values, reason: event.target.value })}
          />
        )}
      </Field>
      {general && (
        <p role="alert" className="notice notice--error">
          {error.problem?.detail ?? t('rectification.failed')}
        </p>
      )}
      <p>
        <button type="submit" className="button" disabled={correct.isPending}>
          {t('rectification.submit')}
        </button>{' '}
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('rectification.cancel')}
        </button>
      </p>
    </form>
  );
}
