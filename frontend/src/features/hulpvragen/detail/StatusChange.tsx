import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Choices, Field } from '../../../components/ui/Field';
import { useIsCoordinator } from '../../auth/api';
import { useTransition, useWaitlist, type HelpRequest, type Status } from '../api';
import { ChangeError } from './ChangeError';

// Steps taken elsewhere: triage has its own form, referrals and the partner's answer their own flow.
const elsewhere = new Set<Status>(['Triaged', 'Referred', 'AcceptedByPartner']);
const priorities = ['1', '2', '3', '4', '5'];

/** Moves the request to one of the statuses the state machine allows, with a reason. */
export function StatusChange({ request }: { request: HelpRequest }) {
  const { t } = useTranslation();
  const canTriage = useIsCoordinator();
  const transition = useTransition(request.id);
  const waitlist = useWaitlist(request.id);
  const [to, setTo] = useState<Status | ''>('');
  const [reason, setReason] = useState('');
  const [priority, setPriority] = useState('3');
  const [errors, setErrors] = useState<{ to?: string; reason?: string }>({});
  const options = request.allowedTransitions.filter(
    (status) => !elsewhere.has(status) && (status !== 'Waitlisted' || canTriage),
  );
  const change = to === 'Waitlisted' ? waitlist : transition;
  // Keep saying why a change failed, even when the reloaded request allows no further step.
  if (options.length === 0 && !change.error) return null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = {
      to: to ? undefined : t('helpRequests.status.chooseStatus'),
      reason: reason.trim() ? undefined : t('intake.errors.required'),
    };
    setErrors(found);
    if (found.to || found.reason) return;
    const done = { onSuccess: () => (setTo(''), setReason('')) };
    if (to === 'Waitlisted')
      waitlist.mutate({ priority: Number(priority), reason: reason.trim() }, done);
    else transition.mutate({ to: to as Status, reason: reason.trim() }, done);
  }

  return (
    <section aria-labelledby="status-change">
      <h2 id="status-change">{t('helpRequests.status.title')}</h2>
      {options.length > 0 && (
        <form className="form panel" noValidate onSubmit={submit}>
          <Choices
            id="status-to"
            legend={t('helpRequests.status.to')}
            options={options.map((value) => ({ value, label: t(`statuses.${value}`) }))}
            value={to}
            onChange={(value) => setTo(value as Status)}
            error={errors.to}
          />
          {to === 'Waitlisted' && (
            <Field id="status-priority" label={t('helpRequests.status.priority')}>
              {(control) => (
                <select
                  {...control}
                  value={priority}
                  onChange={(event) => setPriority(event.target.value)}
                >
                  {priorities.map((value) => (
                    <option key={value} value={value}>
                      {t('helpRequests.status.priorityOption', { priority: value })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field id="status-reason" label={t('helpRequests.status.reason')} error={errors.reason}>
            {(control) => (
              <textarea
                {...control}
                rows={2}
                maxLength={500}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="button" disabled={change.isPending}>
            {t('helpRequests.status.submit')}
          </button>
        </form>
      )}
      <ChangeError error={change.error} />
    </section>
  );
}
