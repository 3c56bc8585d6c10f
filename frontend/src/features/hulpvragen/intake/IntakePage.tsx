import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Page } from '../../../components/ui/Page';
import { ApiError } from '../../../lib/api';
import { useCreateHelpRequest, useCreateResident, type NewHelpRequest } from '../api';
import { AddressStep } from './AddressStep';
import { ContactStep } from './ContactStep';
import {
  emptyDraft,
  fieldErrors,
  stepsFor,
  toHelpRequest,
  toResident,
  validate,
  type Draft,
  type Errors,
  type Field,
  type StepId,
} from './draft';
import { fieldId, type StepProps } from './fields';
import { RequestStep } from './RequestStep';
import { ResidentStep } from './ResidentStep';
import { ReviewStep } from './ReviewStep';
import { WhenStep } from './WhenStep';

const stepComponents = {
  resident: ResidentStep,
  address: AddressStep,
  contact: ContactStep,
  request: RequestStep,
  when: WhenStep,
} satisfies Record<Exclude<StepId, 'review'>, (props: StepProps) => unknown>;

export function IntakePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [stepId, setStepId] = useState<StepId>('resident');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string[]>([]);
  const [focusTarget, setFocusTarget] = useState<{ id: string } | null>(null);
  const submission = useRef<{ body: string; key: string } | null>(null);
  const createResident = useCreateResident();
  const createHelpRequest = useCreateHelpRequest();
  const saving = createResident.isPending || createHelpRequest.isPending;

  const steps = stepsFor(draft);
  const index = steps.findIndex((step) => step.id === stepId);

  // After the DOM shows the new step or the errors, so a screen reader reads them with the focus.
  useEffect(() => {
    if (!focusTarget) return;
    const target = document.getElementById(focusTarget.id);
    (target instanceof HTMLFieldSetElement ? target.querySelector('input') : target)?.focus();
  }, [focusTarget]);

  function goTo(step: StepId) {
    setStepId(step);
    setFailure([]);
    setFocusTarget({ id: fieldId('step') });
  }

  function update(changes: Partial<Draft>) {
    setDraft((current) => ({ ...current, ...changes }));
    setErrors((current) => {
      const rest = { ...current };
      for (const field of Object.keys(changes)) delete rest[field as Field];
      return rest;
    });
    // A resident picked from the suggestions replaces the address and consent steps.
    if (changes.resident) goTo('resident');
  }

  function showErrors(found: Errors, inSteps = steps) {
    setErrors(found);
    const step = inSteps.find(({ fields }) => fields.some((field: Field) => found[field]));
    if (!step) return;
    const field = step.fields.find((name: Field) => found[name])!;
    setStepId(step.id);
    setFocusTarget({ id: fieldId(field) });
  }

  /** The same key for a retry of the same request, a new one once anything was changed. */
  function idempotencyKey(request: NewHelpRequest) {
    const body = JSON.stringify(request);
    if (submission.current?.body !== body) submission.current = { body, key: crypto.randomUUID() };
    return submission.current.key;
  }

  async function save() {
    setFailure([]);
    let current = draft;
    try {
      if (!current.resident) {
        const { id, firstName, lastName, birthYear, address } = await createResident.mutateAsync(
          toResident(current),
        );
        const { street, houseNumber, postalCode } = address;
        const resident = { id, firstName, lastName, birthYear, street, houseNumber, postalCode };
        // Keep the created resident, so a retry after a failed request does not create another.
        current = { ...current, resident: { ...resident, reasons: [] } };
        setDraft(current);
      }
      const request = toHelpRequest(current, current.resident!.id);
      const created = await createHelpRequest.mutateAsync({
        request,
        idempotencyKey: idempotencyKey(request),
      });
      await navigate(`/hulpvragen/${created.data.id}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && error.problem?.errors) {
        const { errors: found, other } = fieldErrors(error.problem.errors);
        setFailure(other);
        showErrors(found, stepsFor(current));
      } else {
        setFailure([saveFailure(error)]);
      }
    }
  }

  function saveFailure(error: unknown): string {
    if (!(error instanceof ApiError)) return t('intake.errors.offline');
    if (error.status === 403) return t('helpRequests.noAccess');
    if (error.status < 500 && error.problem?.detail) return error.problem.detail;
    return t('intake.errors.saveFailed');
  }

  function next(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate(draft, stepId, t);
    if (Object.keys(found).length > 0) return showErrors(found);
    if (stepId === 'review') return void save();
    goTo(steps[index + 1]!.id);
  }

  const StepFields = stepId === 'review' ? null : stepComponents[stepId];

  return (
    <>
      <Link to="/hulpvragen" className="back-link">
        {t('helpRequests.back')}
      </Link>
      <Page title={t('intake.title')}>
        <form className="form stepper" noValidate onSubmit={next} aria-labelledby={fieldId('step')}>
          <h2 id={fieldId('step')} tabIndex={-1}>
            <span className="stepper__count">
              {t('intake.progress', { step: index + 1, total: steps.length })}
            </span>{' '}
            {t(`intake.steps.${stepId}`)}
          </h2>
          {StepFields ? (
            <StepFields draft={draft} errors={errors} update={update} />
          ) : (
            <ReviewStep draft={draft} goTo={goTo} />
          )}
          {failure.length > 0 && (
            <div role="alert" className="notice notice--error">
              {failure.map((message) => (
                <p key={message}>{message}</p>
              ))}
            </div>
          )}
          <div className="stepper__actions">
            {index > 0 && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => goTo(steps[index - 1]!.id)}
              >
                {t('intake.previous')}
              </button>
            )}
            <button type="submit" className="button" disabled={saving}>
              {stepId !== 'review'
                ? t('intake.next')
                : saving
                  ? t('intake.saving')
                  : t('intake.save')}
            </button>
          </div>
        </form>
      </Page>
    </>
  );
}
