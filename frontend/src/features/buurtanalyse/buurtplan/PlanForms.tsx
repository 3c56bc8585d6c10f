import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Choices, Field } from '../../../components/ui/Field';
import { ApiError } from '../../../lib/api';
import { today } from '../../../lib/format';
import { usePartners } from '../../hulpvragen/api';
import { fieldErrors } from '../../vrijwilligers/api';
import type { IndicatorRow } from '../api';
import {
  activityTypes,
  goalStatuses,
  residentGroups,
  useSaveAction,
  useSaveActivity,
  useSaveGoal,
  type ActivityType,
  type Buurtplan,
  type FindingKind,
  type GoalStatus,
  type NeighbourhoodActivity,
  type PlanAction,
  type PlanGoal,
} from './api';
import { useIndicatorNames } from './names';

/** A mutation's refusals by field: "findings" also shows those of "findings[0].code". */
function useErrors(error: Error | null) {
  const remote = fieldErrors(error);
  return {
    any: Object.keys(remote).length > 0,
    of: (field: string) =>
      Object.entries(remote)
        .filter(
          ([key]) => key === field || key.startsWith(`${field}[`) || key.startsWith(`${field}.`),
        )
        .map(([, message]) => message)
        .join(' ') || undefined,
  };
}

/** Focuses the first field the API refused, so a keyboard or screen reader user lands on it. */
function useFocusOnError(error: Error | null) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (error) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);
  return form;
}

interface PlanFormProps {
  title: string;
  mutation: { error: Error | null; isPending: boolean };
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/** The frame of the plan's forms: title, fields, why saving was refused, save and cancel. */
function PlanForm({ title, mutation, onSubmit, onCancel, children }: PlanFormProps) {
  const { t } = useTranslation();
  const { error, isPending } = mutation;
  const formRef = useFocusOnError(error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  let message: string | null = null;
  if (error) {
    message = t('plan.errors.failed');
    if (Object.keys(fieldErrors(error)).length > 0) message = t('plan.errors.fields');
    else if (error instanceof ApiError && (error.status === 412 || error.status === 404))
      message = t('plan.errors.stale');
    else if (error instanceof ApiError && error.status === 409) message = t('plan.errors.conflict');
  }
  return (
    <form ref={formRef} className="form panel no-print" noValidate onSubmit={submit}>
      <h3>{title}</h3>
      {children}
      {message && (
        <p role="alert" className="notice notice--error">
          {message}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={isPending}>
          {t('plan.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('plan.cancel')}
        </button>
      </div>
    </form>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  maxLength: number;
  /** With rows, a text area. */
  rows?: number;
  value: string;
  onChange: (value: string) => void;
}

function TextField({ id, label, hint, error, maxLength, rows, value, onChange }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) =>
        rows ? (
          <textarea
            {...control}
            rows={rows}
            maxLength={maxLength}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            {...control}
            maxLength={maxLength}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

interface FindingRow {
  kind: FindingKind;
  code: string;
  note: string;
}

interface IndicatorRowInput {
  code: string;
  baseline: string;
  target: string;
}

interface GoalFormProps {
  neighbourhoodId: string;
  goal?: PlanGoal;
  /** The neighbourhood's buurtanalyse indicators, for the choice of a finding or an indicator. */
  rows: IndicatorRow[];
  kpis: string[];
  onDone: () => void;
}

export function GoalForm({ neighbourhoodId, goal, rows, kpis, onDone }: GoalFormProps) {
  const { t } = useTranslation();
  const [opened] = useState(goal);
  const save = useSaveGoal(neighbourhoodId, opened);
  const errors = useErrors(save.error);
  const nameOf = useIndicatorNames(rows);
  const prefix = `goal-${goal?.id ?? 'new'}`;
  const [title, setTitle] = useState(goal?.title ?? '');
  const [description, setDescription] = useState(goal?.description ?? '');
  const [status, setStatus] = useState<GoalStatus>(goal?.status ?? 'Active');
  const [findings, setFindings] = useState<FindingRow[]>(
    goal?.findings.map((f) => ({ ...f })) ?? [
      { kind: 'Indicator', code: rows[0]?.id ?? '', note: '' },
    ],
  );
  const [indicators, setIndicators] = useState<IndicatorRowInput[]>(
    goal?.indicators.map((i) => ({
      code: i.code,
      baseline: String(i.baseline),
      target: String(i.target),
    })) ?? [],
  );
  const indicatorCodes = [...rows.map((r) => r.id), ...kpis];
  const setFinding = (index: number, change: Partial<FindingRow>) =>
    setFindings((all) => all.map((f, i) => (i === index ? { ...f, ...change } : f)));
  const setIndicator = (index: number, change: Partial<IndicatorRowInput>) =>
    setIndicators((all) => all.map((x, i) => (i === index ? { ...x, ...change } : x)));

  const submit = () =>
    save.mutate(
      {
        title: title.trim(),
        description: description.trim() || null,
        status,
        findings: findings.map((f) => ({ kind: f.kind, code: f.code.trim(), note: f.note.trim() })),
        indicators: indicators.map((i) => ({
          code: i.code,
          baseline: Number(i.baseline.replace(',', '.')),
          target: Number(i.target.replace(',', '.')),
        })),
      },
      { onSuccess: onDone },
    );

  return (
    <PlanForm
      title={goal ? t('plan.editGoalTitle') : t('plan.addGoal')}
      mutation={save}
      onSubmit={submit}
      onCancel={onDone}
    >
      <TextField
        id={`${prefix}-title`}
        label={t('plan.fields.title')}
        error={errors.of('title')}
        maxLength={120}
        value={title}
        onChange={setTitle}
      />
      <TextField
        id={`${prefix}-description`}
        label={t('plan.fields.description')}
        hint={t('plan.hints.noPersonalData')}
        error={errors.of('description')}
        maxLength={2000}
        rows={3}
        value={description}
        onChange={setDescription}
      />
      <Choices
        id={`${prefix}-status`}
        legend={t('plan.fields.status')}
        error={errors.of('status')}
        options={goalStatuses.map((s) => ({ value: s, label: t(`plan.goalStatuses.${s}`) }))}
        value={status}
        onChange={(value) => setStatus(value as GoalStatus)}
      />
      <fieldset className="field" id={`${prefix}-findings`}>
        <legend>{t('plan.findings')}</legend>
        <p className="field__hint">{t('plan.hints.findings')}</p>
        {errors.of('findings') && <p className="field__error">{errors.of('findings')}</p>}
        {findings.map((finding, index) => (
          <fieldset key={index} className="panel">
            <legend>{t('plan.findingNumber', { number: index + 1 })}</legend>
            <div className="field-row">
              <Field id={`${prefix}-findings-${index}-kind`} label={t('plan.fields.findingKind')}>
                {(control) => (
                  <select
                    {...control}
                    value={finding.kind}
                    onChange={(e) =>
                      setFinding(index, {
                        kind: e.target.value as FindingKind,
                        code: e.target.value === 'Indicator' ? (rows[0]?.id ?? '') : '',
                      })
                    }
                  >
                    <option value="Indicator">{t('plan.findingKinds.Indicator')}</option>
                    <option value="SignalTheme">{t('plan.findingKinds.SignalTheme')}</option>
                  </select>
                )}
              </Field>
              <Field
                id={`${prefix}-findings-${index}-code`}
                label={finding.kind === 'Indicator' ? t('plan.indicator') : t('plan.fields.theme')}
                error={errors.of(`findings[${index}].code`)}
              >
                {(control) =>
                  finding.kind === 'Indicator' && rows.length > 0 ? (
                    <select
                      {...control}
                      value={finding.code}
                      onChange={(e) => setFinding(index, { code: e.target.value })}
                    >
                      {rows.map((row) => (
                        <option key={row.id} value={row.id}>
                          {nameOf(row.id)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <input
                      {...control}
                      maxLength={80}
                      value={finding.code}
                      onChange={(e) => setFinding(index, { code: e.target.value })}
                    />
                  )
                }
              </Field>
            </div>
            <Field
              id={`${prefix}-findings-${index}-note`}
              label={t('plan.fields.findingNote')}
              error={errors.of(`findings[${index}].note`)}
            >
              {(control) => (
                <input
                  {...control}
                  maxLength={300}
                  value={finding.note}
                  onChange={(e) => setFinding(index, { note: e.target.value })}
                />
              )}
            </Field>
            {findings.length > 1 && (
              <button
                type="button"
                className="link-button"
                onClick={() => setFindings((all) => all.filter((_, i) => i !== index))}
              >
                {t('plan.removeFinding', { number: index + 1 })}
              </button>
            )}
          </fieldset>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            setFindings((all) => [...all, { kind: 'SignalTheme', code: '', note: '' }])
          }
        >
          {t('plan.addFinding')}
        </button>
      </fieldset>
      <fieldset className="field" id={`${prefix}-indicators`}>
        <legend>{t('plan.indicators')}</legend>
        <p className="field__hint">{t('plan.hints.indicators')}</p>
        {errors.of('indicators') && <p className="field__error">{errors.of('indicators')}</p>}
        {indicators.map((indicator, index) => (
          <fieldset key={index} className="panel">
            <legend>{t('plan.indicatorNumber', { number: index + 1 })}</legend>
            <Field id={`${prefix}-indicators-${index}-code`} label={t('plan.indicator')}>
              {(control) => (
                <select
                  {...control}
                  value={indicator.code}
                  onChange={(e) => setIndicator(index, { code: e.target.value })}
                >
                  {indicatorCodes.map((code) => (
                    <option key={code} value={code}>
                      {nameOf(code)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <div className="field-row">
              <Field id={`${prefix}-indicators-${index}-baseline`} label={t('plan.baseline')}>
                {(control) => (
                  <input
                    {...control}
                    inputMode="decimal"
                    value={indicator.baseline}
                    onChange={(e) => setIndicator(index, { baseline: e.target.value })}
                  />
                )}
              </Field>
              <Field id={`${prefix}-indicators-${index}-target`} label={t('plan.target')}>
                {(control) => (
                  <input
                    {...control}
                    inputMode="decimal"
                    value={indicator.target}
                    onChange={(e) => setIndicator(index, { target: e.target.value })}
                  />
                )}
              </Field>
            </div>
            <button
              type="button"
              className="link-button"
              onClick={() => setIndicators((all) => all.filter((_, i) => i !== index))}
            >
              {t('plan.removeIndicator', { number: index + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            setIndicators((all) => [
              ...all,
              { code: indicatorCodes[0] ?? '', baseline: '0', target: '0' },
            ])
          }
        >
          {t('plan.addIndicator')}
        </button>
      </fieldset>
    </PlanForm>
  );
}

interface ActionFormProps {
  plan: Buurtplan;
  goalId: string;
  action?: PlanAction;
  onDone: () => void;
}

const someoneElse = 'other';

export function ActionForm({ plan, goalId, action, onDone }: ActionFormProps) {
  const { t } = useTranslation();
  const [opened] = useState(action);
  const save = useSaveAction(plan.neighbourhoodId, goalId, opened);
  const partners = usePartners();
  const errors = useErrors(save.error);
  const prefix = `action-${action?.id ?? 'new'}`;
  const [title, setTitle] = useState(action?.title ?? '');
  const [startOn, setStartOn] = useState(action?.startOn ?? today());
  const [dueOn, setDueOn] = useState(action?.dueOn ?? today());
  const [owner, setOwner] = useState(
    action ? (action.ownerUserId ?? someoneElse) : (plan.owners[0]?.id ?? someoneElse),
  );
  const [ownerName, setOwnerName] = useState(action?.ownerName ?? '');
  const [partnerIds, setPartnerIds] = useState<string[]>(action?.partners.map((p) => p.id) ?? []);
  const [notes, setNotes] = useState(action?.notes ?? '');

  const submit = () =>
    save.mutate(
      {
        title: title.trim(),
        startOn,
        dueOn,
        ownerUserId: owner === someoneElse ? null : owner,
        ownerName: owner === someoneElse ? ownerName.trim() : null,
        partnerIds,
        notes: notes.trim() || null,
      },
      { onSuccess: onDone },
    );

  return (
    <PlanForm
      title={action ? t('plan.editActionTitle') : t('plan.addActionTitle')}
      mutation={save}
      onSubmit={submit}
      onCancel={onDone}
    >
      <TextField
        id={`${prefix}-title`}
        label={t('plan.fields.title')}
        error={errors.of('title')}
        maxLength={160}
        value={title}
        onChange={setTitle}
      />
      <div className="field-row">
        <Field
          id={`${prefix}-startOn`}
          label={t('plan.fields.startOn')}
          error={errors.of('startOn')}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              value={startOn}
              onChange={(e) => setStartOn(e.target.value)}
            />
          )}
        </Field>
        <Field id={`${prefix}-dueOn`} label={t('plan.fields.dueOn')} error={errors.of('dueOn')}>
          {(control) => (
            <input
              {...control}
              type="date"
              min={startOn}
              value={dueOn}
              onChange={(e) => setDueOn(e.target.value)}
            />
          )}
        </Field>
      </div>
      <Field id={`${prefix}-owner`} label={t('plan.fields.owner')} error={errors.of('ownerUserId')}>
        {(control) => (
          <select {...control} value={owner} onChange={(e) => setOwner(e.target.value)}>
            {plan.owners.map((user) => (
              <option key={user.id} value={user.id}>
                {user.displayName}
              </option>
            ))}
            <option value={someoneElse}>{t('plan.someoneElse')}</option>
          </select>
        )}
      </Field>
      {owner === someoneElse && (
        <TextField
          id={`${prefix}-ownerName`}
          label={t('plan.fields.ownerName')}
          error={errors.of('ownerName')}
          maxLength={120}
          value={ownerName}
          onChange={setOwnerName}
        />
      )}
      {(partners.data?.items.length ?? 0) > 0 && (
        <Choices
          id={`${prefix}-partners`}
          multiple
          legend={t('plan.fields.partners')}
          error={errors.of('partnerIds')}
          options={(partners.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={partnerIds}
          onChange={setPartnerIds}
        />
      )}
      <TextField
        id={`${prefix}-notes`}
        label={t('plan.fields.notes')}
        hint={t('plan.hints.noPersonalData')}
        error={errors.of('notes')}
        maxLength={2000}
        rows={3}
        value={notes}
        onChange={setNotes}
      />
    </PlanForm>
  );
}

interface ActivityFormProps {
  plan: Buurtplan;
  activity?: NeighbourhoodActivity;
  onDone: () => void;
}

export function ActivityForm({ plan, activity, onDone }: ActivityFormProps) {
  const { t } = useTranslation();
  const [opened] = useState(activity);
  const save = useSaveActivity(plan.neighbourhoodId, opened);
  const errors = useErrors(save.error);
  const prefix = `activity-${activity?.id ?? 'new'}`;
  const [heldOn, setHeldOn] = useState(activity?.heldOn ?? today());
  const [type, setType] = useState<ActivityType>(activity?.type ?? 'CoffeeMoment');
  const [participants, setParticipants] = useState(String(activity?.participants ?? ''));
  const [groups, setGroups] = useState<string[]>(activity ? [...activity.groupsReached] : []);
  const [actionId, setActionId] = useState(activity?.actionId ?? '');
  const [description, setDescription] = useState(activity?.description ?? '');

  const submit = () =>
    save.mutate(
      {
        heldOn,
        type,
        participants: Number(participants),
        groupsReached: groups as (typeof residentGroups)[number][],
        actionId: actionId || null,
        description: description.trim() || null,
      },
      { onSuccess: onDone },
    );

  return (
    <PlanForm
      title={activity ? t('plan.editActivityTitle') : t('plan.addActivity')}
      mutation={save}
      onSubmit={submit}
      onCancel={onDone}
    >
      <div className="field-row">
        <Field id={`${prefix}-heldOn`} label={t('plan.fields.heldOn')} error={errors.of('heldOn')}>
          {(control) => (
            <input
              {...control}
              type="date"
              max={today()}
              value={heldOn}
              onChange={(e) => setHeldOn(e.target.value)}
            />
          )}
        </Field>
        <Field id={`${prefix}-type`} label={t('plan.fields.type')} error={errors.of('type')}>
          {(control) => (
            <select
              {...control}
              value={type}
              onChange={(e) => setType(e.target.value as ActivityType)}
            >
              {activityTypes.map((value) => (
                <option key={value} value={value}>
                  {t(`plan.activityTypes.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id={`${prefix}-participants`}
          label={t('plan.fields.participants')}
          error={errors.of('participants')}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              min={0}
              max={10000}
              inputMode="numeric"
              value={participants}
              onChange={(e) => setParticipants(e.target.value)}
            />
          )}
        </Field>
      </div>
      <Choices
        id={`${prefix}-groups`}
        multiple
        legend={t('plan.fields.groupsReached')}
        hint={t('plan.hints.groups')}
        error={errors.of('groupsReached')}
        options={residentGroups.map((g) => ({ value: g, label: t(`plan.groups.${g}`) }))}
        value={groups}
        onChange={setGroups}
      />
      <Field
        id={`${prefix}-actionId`}
        label={t('plan.fields.action')}
        error={errors.of('actionId')}
      >
        {(control) => (
          <select {...control} value={actionId} onChange={(e) => setActionId(e.target.value)}>
            <option value="">{t('plan.noAction')}</option>
            {plan.actions.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        id={`${prefix}-description`}
        label={t('plan.fields.activityDescription')}
        hint={t('plan.hints.noPersonalData')}
        error={errors.of('description')}
        maxLength={500}
        rows={2}
        value={description}
        onChange={setDescription}
      />
    </PlanForm>
  );
}
