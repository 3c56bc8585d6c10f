import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/Field';
import { today, useFormat } from '../../../lib/format';
import { useAddFollowUp, useCompleteFollowUp, type HelpRequest, type NewFollowUp } from '../api';
import { recurrences } from '../intake/draft';
import { ChangeError } from './ChangeError';

export function FollowUps({ request }: { request: HelpRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const complete = useCompleteFollowUp(request.id);
  const finished = request.allowedTransitions.length === 0;

  return (
    <section aria-labelledby="follow-ups">
      <h2 id="follow-ups">{t('followUps.title')}</h2>
      {request.followUps.length === 0 ? (
        <p className="muted">{t('followUps.empty')}</p>
      ) : (
        <ul className="plain-list">
          {request.followUps.map((task) => (
            <li key={task.id} className="follow-up">
              <span>
                <strong>{task.description}</strong>{' '}
                <span className="muted">
                  {t('helpRequests.due', { date: format.date(task.dueOn) })} ·{' '}
                  {t(`recurrences.${task.recurrence}`)}
                </span>
              </span>
              {task.doneAt ? (
                <span className="muted">
                  {t('followUps.doneAt', { moment: format.moment(task.doneAt) })}
                </span>
              ) : task.cancelledAt ? (
                <span className="muted">
                  {t('privacy.followUpStopped', { moment: format.moment(task.cancelledAt) })}
                </span>
              ) : (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={complete.isPending}
                  onClick={() => complete.mutate(task.id)}
                >
                  {t('followUps.complete')}
                  <span className="visually-hidden">: {task.description}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ChangeError error={complete.error} />
      {!finished && <AddFollowUp id={request.id} />}
    </section>
  );
}

const emptyTask = (): NewFollowUp => ({ description: '', dueOn: today(), recurrence: 'OneOff' });

function AddFollowUp({ id }: { id: string }) {
  const { t } = useTranslation();
  const add = useAddFollowUp(id);
  const [task, setTask] = useState(emptyTask);
  const [missing, setMissing] = useState(false);
  const change = (changes: Partial<NewFollowUp>) =>
    setTask((current) => ({ ...current, ...changes }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!task.description.trim() || !task.dueOn) return setMissing(true);
    setMissing(false);
    add.mutate(
      { ...task, description: task.description.trim() },
      { onSuccess: () => setTask(emptyTask()) },
    );
  }

  return (
    <form className="form panel" noValidate onSubmit={submit} aria-labelledby="follow-up-add">
      <h3 id="follow-up-add">{t('followUps.add')}</h3>
      <Field
        id="follow-up-description"
        label={t('followUps.description')}
        hint={t('followUps.descriptionHint')}
        error={missing && !task.description.trim() ? t('intake.errors.required') : undefined}
      >
        {(control) => (
          <input
            {...control}
            maxLength={300}
            value={task.description}
            onChange={(event) => change({ description: event.target.value })}
          />
        )}
      </Field>
      <Field
        id="follow-up-due"
        label={t('followUps.dueOn')}
        error={missing && !task.dueOn ? t('intake.errors.required') : undefined}
      >
        {(control) => (
          <input
            {...control}
            type="date"
            value={task.dueOn}
            onChange={(event) => change({ dueOn: event.target.value })}
          />
        )}
      </Field>
      <Field id="follow-up-recurrence" label={t('intake.fields.recurrence')}>
        {(control) => (
          <select
            {...control}
            value={task.recurrence}
            onChange={(event) =>
              change({ recurrence: event.target.value as NewFollowUp['recurrence'] })
            }
          >
            {recurrences.map((value) => (
              <option key={value} value={value}>
                {t(`recurrences.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ChangeError error={add.error} />
      <button type="submit" className="button" disabled={add.isPending}>
        {t('followUps.submit')}
      </button>
    </form>
  );
}
