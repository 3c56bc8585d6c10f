import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/Field';
import { useFormat } from '../../../lib/format';
import type { HelpRequest } from '../../hulpvragen/api';
import { ChangeError } from '../../hulpvragen/detail/ChangeError';
import { useCompleteMatch, useRequestMatches, type RequestMatch } from './api';

/**
 * The volunteers proposed for this request and how each proposal ended; once a volunteer accepted,
 * the coordinator records here that the help was given: hours and a few words from both sides.
 */
export function MatchesSection({ request }: { request: HelpRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const matches = useRequestMatches(request.id);
  const items = matches.data?.items ?? [];
  if (items.length === 0) return null;
  const accepted = items.find((match) => match.status === 'Accepted');

  return (
    <section aria-labelledby="matches-title">
      <h2 id="matches-title">{t('matchHistory.title')}</h2>
      <ul className="card-list">
        {items.map((match) => (
          <li key={match.id} className="card">
            <span className="card__title">
              {match.volunteerFirstName}{' '}
              <span className="badge">{t(`matchHistory.status.${match.status}`)}</span>
            </span>
            <span className="muted">
              {t('matchHistory.proposedAt', { at: format.moment(match.proposedAt) })}
            </span>
            {match.declineReason && <span>{match.declineReason}</span>}
            {match.hours !== null && <span>{t('matchHistory.hours', { hours: match.hours })}</span>}
          </li>
        ))}
      </ul>
      {accepted && <CompleteForm requestId={request.id} match={accepted} />}
    </section>
  );
}

function CompleteForm({ requestId, match }: { requestId: string; match: RequestMatch }) {
  const { t } = useTranslation();
  const complete = useCompleteMatch(requestId);
  const [hours, setHours] = useState('');
  const [volunteerFeedback, setVolunteerFeedback] = useState('');
  const [residentFeedback, setResidentFeedback] = useState('');
  const [checked, setChecked] = useState(false);
  const value = Number(hours.replace(',', '.'));
  const invalid = hours.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1000;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (invalid) return document.getElementById('complete-hours')?.focus();
    complete.mutate({
      matchId: match.id,
      hours: value,
      volunteerFeedback: volunteerFeedback.trim() || null,
      residentFeedback: residentFeedback.trim() || null,
    });
  }

  return (
    <form className="form panel" noValidate onSubmit={submit}>
      <h3>{t('matchHistory.completeTitle', { name: match.volunteerFirstName })}</h3>
      <Field
        id="complete-hours"
        label={t('matchHistory.hoursLabel')}
        hint={t('matchHistory.hoursHint')}
        error={checked && invalid ? t('matchHistory.hoursError') : undefined}
      >
        {(control) => (
          <input
            {...control}
            inputMode="decimal"
            value={hours}
            onChange={(event) => setHours(event.target.value)}
          />
        )}
      </Field>
      <Field id="complete-volunteer" label={t('matchHistory.volunteerFeedback')}>
        {(control) => (
          <textarea
            {...control}
            maxLength={1000}
            value={volunteerFeedback}
            onChange={(event) => setVolunteerFeedback(event.target.value)}
          />
        )}
      </Field>
      <Field id="complete-resident" label={t('matchHistory.residentFeedback')}>
        {(control) => (
          <textarea
            {...control}
            maxLength={1000}
            value={residentFeedback}
            onChange={(event) => setResidentFeedback(event.target.value)}
          />
        )}
      </Field>
      <ChangeError error={complete.error} />
      <button type="submit" className="button" disabled={complete.isPending}>
        {t('matchHistory.complete')}
      </button>
    </form>
  );
}
