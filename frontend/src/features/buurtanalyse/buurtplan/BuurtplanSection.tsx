import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/QueryState';
import { useFormat } from '../../../lib/format';
import { useCurrentUser } from '../../auth/api';
import { useCanAnalyse } from '../access';
import { useNeighbourhoodIndicators, type IndicatorRow } from '../api';
import { useIndicatorFormat } from '../indicatorFormat';
import {
  planRoles,
  useBuurtplan,
  useChangeActionStatus,
  type Buurtplan,
  type NeighbourhoodActivity,
  type PlanAction,
  type PlanGoal,
} from './api';
import { useIndicatorNames } from './names';
import { ActionForm, ActivityForm, GoalForm } from './PlanForms';

/** What is being edited: one form at a time, so the plan stays readable on a phone. */
type Editing =
  | { kind: 'goal'; goal?: PlanGoal }
  | { kind: 'action'; goalId: string; action?: PlanAction }
  | { kind: 'activity'; activity?: NeighbourhoodActivity }
  | null;

const badge: Record<string, string> = {
  Active: 'badge badge--active',
  InProgress: 'badge badge--active',
  Planned: 'badge badge--new',
  Achieved: 'badge badge--done',
  Done: 'badge badge--done',
  Dropped: 'badge badge--done',
};

/**
 * The buurtplan on the neighbourhood page: goals with the findings behind them, the indicators they
 * follow (baseline, current, target) and their actions; then the activities. Coordinators add and
 * change them; field workers record activities. Forms and buttons stay off the printed report.
 */
export function BuurtplanSection({ id }: { id: string }) {
  const { t } = useTranslation();
  const role = useCurrentUser().data?.role;
  const canRead = role !== undefined && planRoles.read.has(role);
  const canWrite = role !== undefined && planRoles.write.has(role);
  const canRecord = role !== undefined && planRoles.recordActivity.has(role);
  const plan = useBuurtplan(id, { enabled: canRead });
  const indicators = useNeighbourhoodIndicators(id, { enabled: useCanAnalyse() });
  const [editing, setEditing] = useState<Editing>(null);
  const heading = useId();
  if (!canRead) return null;
  const close = () => setEditing(null);

  return (
    <section className="report-section buurtplan" aria-labelledby={heading}>
      <h2 id={heading}>{t('plan.title')}</h2>
      <QueryState query={plan}>
        {(data) => (
          <>
            {data.goals.length === 0 && <p>{t('plan.noGoals')}</p>}
            {data.goals.map((goal) => (
              <Goal
                key={goal.id}
                plan={data}
                goal={goal}
                rows={indicators.data?.indicators}
                canWrite={canWrite}
                onEdit={setEditing}
              />
            ))}
            {editing?.kind === 'goal' && (
              <GoalForm
                neighbourhoodId={id}
                goal={editing.goal}
                rows={indicators.data?.indicators ?? []}
                kpis={data.reportKpis}
                onDone={close}
              />
            )}
            {editing?.kind === 'action' && (
              <ActionForm
                plan={data}
                goalId={editing.goalId}
                action={editing.action}
                onDone={close}
              />
            )}
            {canWrite && editing === null && (
              <p className="no-print">
                <button
                  type="button"
                  className="button"
                  onClick={() => setEditing({ kind: 'goal' })}
                >
                  {t('plan.addGoal')}
                </button>
              </p>
            )}
            <Activities
              plan={data}
              canWrite={canWrite}
              onEdit={(activity) => setEditing({ kind: 'activity', activity })}
            />
            {editing?.kind === 'activity' && (
              <ActivityForm plan={data} activity={editing.activity} onDone={close} />
            )}
            {canRecord && editing === null && (
              <p className="no-print">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setEditing({ kind: 'activity' })}
                >
                  {t('plan.addActivity')}
                </button>
              </p>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}

interface GoalProps {
  plan: Buurtplan;
  goal: PlanGoal;
  rows: IndicatorRow[] | undefined;
  canWrite: boolean;
  onEdit: (editing: Editing) => void;
}

function Goal({ plan, goal, rows, canWrite, onEdit }: GoalProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const indicatorFormat = useIndicatorFormat();
  const nameOf = useIndicatorNames(rows);
  const heading = useId();
  const actions = plan.actions.filter((action) => action.goalId === goal.id);

  const number = (code: string, value: number) => {
    const row = rows?.find((r) => r.id === code);
    return row ? indicatorFormat.value(code, row.kind, value) : value.toLocaleString();
  };
  const current = (code: string) => {
    const row = rows?.find((r) => r.id === code);
    return row
      ? indicatorFormat.cell(code, row.kind, row.latest.status, row.latest.value)
      : t('plan.noCurrent');
  };

  return (
    <article className="plan-goal" aria-labelledby={heading}>
      <div className="card__meta">
        <h3 id={heading}>{goal.title}</h3>
        <span className={badge[goal.status]}>{t(`plan.goalStatuses.${goal.status}`)}</span>
        {canWrite && (
          <button
            type="button"
            className="link-button no-print"
            onClick={() => onEdit({ kind: 'goal', goal })}
          >
            {t('plan.editGoal', { title: goal.title })}
          </button>
        )}
      </div>
      {goal.description && <p>{goal.description}</p>}
      <h4>{t('plan.findings')}</h4>
      <ul>
        {goal.findings.map((finding, index) => (
          <li key={index}>
            <strong>
              {finding.kind === 'Indicator'
                ? nameOf(finding.code)
                : t('plan.theme', { theme: finding.code })}
            </strong>
            : {finding.note}
          </li>
        ))}
      </ul>
      {goal.indicators.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby={`${heading}-ind`} tabIndex={0}>
          <table className="table">
            <caption id={`${heading}-ind`}>{t('plan.indicatorsOf', { title: goal.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.indicator')}</th>
                <th scope="col">{t('plan.baseline')}</th>
                <th scope="col">{t('plan.current')}</th>
                <th scope="col">{t('plan.target')}</th>
              </tr>
            </thead>
            <tbody>
              {goal.indicators.map((indicator) => (
                <tr key={indicator.code}>
                  <th scope="row">{nameOf(indicator.code)}</th>
                  <td>{number(indicator.code, indicator.baseline)}</td>
                  <td>
                    {indicator.source === 'Buurtanalyse'
                      ? current(indicator.code)
                      : t('plan.currentInReport')}
                  </td>
                  <td>{number(indicator.code, indicator.target)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h4>{t('plan.actions')}</h4>
      {actions.length === 0 ? (
        <p>{t('plan.noActions')}</p>
      ) : (
        <ul className="plan-actions">
          {actions.map((action) => (
            <li key={action.id}>
              <div className="card__meta">
                <strong>{action.title}</strong>
                <span className={badge[action.status]}>
                  {t(`plan.actionStatuses.${action.status}`)}
                </span>
              </div>
              <span className="muted">
                {t('plan.period', {
                  from: format.date(action.startOn),
                  to: format.date(action.dueOn),
                })}{' '}
                · {t('plan.owner', { owner: action.owner })}
                {action.partners.length > 0 &&
                  ` · ${t('plan.partners', { partners: action.partners.map((p) => p.name).join(', ') })}`}
              </span>
              {action.notes && <p>{action.notes}</p>}
              {canWrite && (
                <ActionControls plan={plan} goal={goal} action={action} onEdit={onEdit} />
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <p className="no-print">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onEdit({ kind: 'action', goalId: goal.id })}
          >
            {t('plan.addAction', { title: goal.title })}
          </button>
        </p>
      )}
    </article>
  );
}

function ActionControls({
  plan,
  goal,
  action,
  onEdit,
}: {
  plan: Buurtplan;
  goal: PlanGoal;
  action: PlanAction;
  onEdit: (editing: Editing) => void;
}) {
  const { t } = useTranslation();
  const change = useChangeActionStatus(plan.neighbourhoodId);
  return (
    <div className="actions no-print">
      {action.nextStatuses.map((status) => (
        <button
          key={status}
          type="button"
          className="button button--secondary"
          disabled={change.isPending}
          onClick={() => change.mutate({ action, status })}
        >
          {t(`plan.moveTo.${status}`)}
          <span className="visually-hidden">: {action.title}</span>
        </button>
      ))}
      <button
        type="button"
        className="link-button"
        onClick={() => onEdit({ kind: 'action', goalId: goal.id, action })}
      >
        {t('plan.editAction', { title: action.title })}
      </button>
      {change.isError && (
        <p role="alert" className="notice notice--error">
          {t('plan.errors.status')}
        </p>
      )}
    </div>
  );
}

function Activities({
  plan,
  canWrite,
  onEdit,
}: {
  plan: Buurtplan;
  canWrite: boolean;
  onEdit: (activity: NeighbourhoodActivity) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const heading = useId();
  const total = plan.activities.reduce((sum, activity) => sum + activity.participants, 0);
  const actionTitle = (id: string | null) => plan.actions.find((a) => a.id === id)?.title;

  return (
    <>
      <h3 id={heading}>{t('plan.activities')}</h3>
      {plan.activities.length === 0 ? (
        <p>{t('plan.noActivities')}</p>
      ) : (
        <>
          <p>{t('plan.activityTotals', { count: plan.activities.length, participants: total })}</p>
          <div className="table-scroll" role="region" aria-labelledby={heading} tabIndex={0}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('plan.fields.heldOn')}</th>
                  <th scope="col">{t('plan.fields.type')}</th>
                  <th scope="col">{t('plan.fields.participants')}</th>
                  <th scope="col">{t('plan.fields.groupsReached')}</th>
                  <th scope="col">{t('plan.fields.action')}</th>
                  {canWrite && (
                    <th scope="col" className="no-print">
                      <span className="visually-hidden">{t('plan.change')}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {plan.activities.map((activity) => (
                  <tr key={activity.id}>
                    <td>{format.date(activity.heldOn)}</td>
                    <td>{t(`plan.activityTypes.${activity.type}`)}</td>
                    <td>{activity.participants}</td>
                    <td>{activity.groupsReached.map((g) => t(`plan.groups.${g}`)).join(', ')}</td>
                    <td>{actionTitle(activity.actionId) ?? '—'}</td>
                    {canWrite && (
                      <td className="no-print">
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => onEdit(activity)}
                        >
                          {t('plan.editActivity', { date: format.date(activity.heldOn) })}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
