import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Choices, Field } from '../../../components/ui/Field';
import { ApiError } from '../../../lib/api';
import { today } from '../../../lib/format';
import { fieldErrors } from '../../vrijwilligers/api';
import { NeighbourhoodOptions } from './NeighbourhoodOptions';
import { outcomeTypes, useSaveOutcome, type Outcome, type OutcomeType } from './api';

interface Form {
  observedOn: string;
  neighbourhoodId: string;
  types: OutcomeType[];
  title: string;
  change: string;
  significance: string;
  contribution: string;
  source: string;
}

type FieldName = keyof Form;

const textFields = ['title', 'change', 'significance', 'contribution', 'source'] as const;

const limits: Record<(typeof textFields)[number], number> = {
  title: 120,
  change: 2000,
  significance: 1000,
  contribution: 1000,
  source: 300,
};

function toForm(outcome?: Outcome): Form {
  return {
    observedOn: outcome?.observedOn ?? today(),
    neighbourhoodId: outcome?.neighbourhoodId ?? '',
    types: outcome ? [...outcome.types] : [],
    title: outcome?.title ?? '',
    change: outcome?.change ?? '',
    significance: outcome?.significance ?? '',
    contribution: outcome?.contribution ?? '',
    source: outcome?.source ?? '',
  };
}

interface OutcomeFormProps {
  /** The outcome to change; without it the form records a new one. */
  outcome?: Outcome;
  onSaved: (saved: Outcome) => void;
  onCancel: () => void;
}

/** Records or changes an outcome. The API's refusals (contact data in a text, for one) appear at their fields. */
export function OutcomeForm({ outcome, onSaved, onCancel }: OutcomeFormProps) {
  const { t } = useTranslation();
  // The version the form was opened on: after someone else's change a save stays refused until it is reopened.
  const [opened] = useState(outcome);
  const save = useSaveOutcome(opened);
  const [form, setForm] = useState<Form>(() => toForm(outcome));
  const [checked, setChecked] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const prefix = `outcome-${outcome?.id ?? 'new'}`;
  const update = (changes: Partial<Form>) => setForm((current) => ({ ...current, ...changes }));

  const local: Partial<Record<FieldName, string>> = {
    observedOn: !form.observedOn
      ? t('outcomes.errors.required')
      : form.observedOn > today()
        ? t('outcomes.errors.future')
        : undefined,
    types: form.types.length === 0 ? t('outcomes.errors.types') : undefined,
    title: !form.title.trim() ? t('outcomes.errors.required') : undefined,
    change: !form.change.trim() ? t('outcomes.errors.required') : undefined,
    source: !form.source.trim() ? t('outcomes.errors.required') : undefined,
  };
  const remote = fieldErrors(save.error);
  /** The API's messages for a field and its parts ("types" covers "types[0]"). */
  const error = (field: FieldName): string | undefined => {
    const fromApi = Object.entries(remote)
      .filter(([key]) => key === field || key.startsWith(`${field}[`))
      .map(([, message]) => message);
    return [checked ? local[field] : undefined, ...fromApi].filter(Boolean).join(' ') || undefined;
  };

  useEffect(() => {
    if (save.error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [save.error]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    const firstInvalid = (Object.keys(local) as FieldName[]).find((field) => local[field]);
    if (firstInvalid) return document.getElementById(`${prefix}-${firstInvalid}`)?.focus();
    const optional = (text: string) => text.trim() || null;
    save.mutate(
      {
        observedOn: form.observedOn,
        neighbourhoodId: form.neighbourhoodId || null,
        types: form.types,
        title: form.title.trim(),
        change: form.change.trim(),
        significance: optional(form.significance),
        contribution: optional(form.contribution),
        source: form.source.trim(),
      },
      { onSuccess: onSaved },
    );
  }

  const text = (field: (typeof textFields)[number]) => (
    <Field
      key={field}
      id={`${prefix}-${field}`}
      label={t(`outcomes.fields.${field}`)}
      hint={t(`outcomes.hints.${field}`)}
      error={error(field)}
    >
      {(control) =>
        field === 'title' || field === 'source' ? (
          <input
            {...control}
            maxLength={limits[field]}
            autoComplete="off"
            value={form[field]}
            onChange={(event) => update({ [field]: event.target.value })}
          />
        ) : (
          <textarea
            {...control}
            rows={field === 'change' ? 5 : 3}
            maxLength={limits[field]}
            value={form[field]}
            onChange={(event) => update({ [field]: event.target.value })}
          />
        )
      }
    </Field>
  );

  return (
    <form ref={formRef} className="form panel" noValidate onSubmit={submit}>
      <h2>{outcome ? t('outcomes.editTitle') : t('outcomes.addTitle')}</h2>
      <div className="field-row">
        <Field
          id={`${prefix}-observedOn`}
          label={t('outcomes.fields.observedOn')}
          error={error('observedOn')}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              max={today()}
              value={form.observedOn}
              onChange={(event) => update({ observedOn: event.target.value })}
            />
          )}
        </Field>
        <Field
          id={`${prefix}-neighbourhoodId`}
          label={t('outcomes.fields.neighbourhood')}
          error={error('neighbourhoodId')}
        >
          {(control) => (
            <select
              {...control}
              value={form.neighbourhoodId}
              onChange={(event) => update({ neighbourhoodId: event.target.value })}
            >
              <NeighbourhoodOptions empty={t('outcomes.wholeNetwork')} />
            </select>
          )}
        </Field>
      </div>
      <Choices
        id={`${prefix}-types`}
        multiple
        legend={t('outcomes.fields.types')}
        hint={t('outcomes.hints.types')}
        error={error('types')}
        options={outcomeTypes.map((type) => ({
          value: type,
          label: t(`outcomes.types.${type}`),
          hint: t(`outcomes.typeHints.${type}`),
        }))}
        value={form.types}
        onChange={(types) => update({ types: types as OutcomeType[] })}
      />
      {textFields.map(text)}
      <SaveError error={save.error} hasFieldErrors={Object.keys(remote).length > 0} />
      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('outcomes.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('outcomes.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Why saving or deleting was refused, when it is not about one field. */
export function SaveError({
  error,
  hasFieldErrors = false,
}: {
  error: Error | null;
  hasFieldErrors?: boolean;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  let message = t('outcomes.errors.failed');
  if (hasFieldErrors) message = t('outcomes.errors.fields');
  else if (error instanceof ApiError && (error.status === 412 || error.status === 404))
    message = t('outcomes.errors.stale');
  else if (error instanceof ApiError && error.status === 403)
    message = t('outcomes.errors.notYours');
  return (
    <p role="alert" className="notice notice--error">
      {message}
    </p>
  );
}
