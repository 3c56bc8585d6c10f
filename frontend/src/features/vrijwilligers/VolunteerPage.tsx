import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Fact } from '../../components/ui/Fact';
import { Field } from '../../components/ui/Field';
import { LiveMessage } from '../../components/ui/LiveMessage';
import { Page } from '../../components/ui/Page';
import { QueryState } from '../../components/ui/QueryState';
import { today, useFormat } from '../../lib/format';
import { ChangeError } from '../hulpvragen/detail/ChangeError';
import { useCategoryName } from '../hulpvragen/api';
import {
  nextStatuses,
  useAddFeedback,
  useAddHours,
  useChangeVolunteerStatus,
  useVolunteer,
  type Volunteer,
  type VolunteerStatus,
} from './api';
import { daysLeft } from './labels';
import { ScreeningWarning, VolunteerStatusBadge } from './StatusBadge';

/** A volunteer's whole profile, with the pipeline step, feedback conversations and hours. */
export function VolunteerPage() {
  const { t } = useTranslation();
  // The route path /vrijwilligers/:id guarantees the parameter.
  const { id } = useParams() as { id: string };
  const volunteer = useVolunteer(id);
  return (
    <>
      <Link to="/vrijwilligers" className="back-link">
        {t('volunteers.back')}
      </Link>
      <QueryState query={volunteer}>{({ data }) => <Profile volunteer={data} />}</QueryState>
    </>
  );
}

function Profile({ volunteer }: { volunteer: Volunteer }) {
  const { t } = useTranslation();
  const format = useFormat();
  const categoryName = useCategoryName();
  const none = <span className="muted">{t('volunteers.none')}</span>;
  const list = (items: string[]) => (items.length ? items.join(', ') : none);

  return (
    <Page title={`${volunteer.firstName} ${volunteer.lastName}`}>
      <p className="lead">
        <span>{t(`volunteers.roles.${volunteer.role}`)}</span>
        <VolunteerStatusBadge status={volunteer.status} />
        {volunteer.screening && (
          <ScreeningWarning
            expiresOn={format.date(volunteer.screening.expiresOn)}
            daysLeft={daysLeft(volunteer.screening.expiresOn, today())}
          />
        )}
      </p>
      <div className="actions spaced">
        <Link to={`/vrijwilligers/${volunteer.id}/wijzigen`} className="button">
          {t('volunteers.edit')}
        </Link>
      </div>
      <dl className="facts">
        <Fact label={t('volunteers.fields.email')}>{volunteer.email ?? none}</Fact>
        <Fact label={t('volunteers.fields.phone')}>{volunteer.phone ?? none}</Fact>
        <Fact label={t('volunteers.fields.statusChangedAt')}>
          {format.moment(volunteer.statusChangedAt)}
          {volunteer.statusReason && ` · ${volunteer.statusReason}`}
        </Fact>
        <Fact label={t('volunteers.fields.buddyTypes')}>
          {list(volunteer.buddyTypes.map((type) => t(`buddyTypes.${type}`)))}
        </Fact>
        <Fact label={t('volunteers.fields.skills')}>{list(volunteer.skills)}</Fact>
        <Fact label={t('volunteers.fields.languages')}>
          {list(
            volunteer.languages.map(
              ({ code, level }) => `${format.language(code)} (${t(`volunteers.levels.${level}`)})`,
            ),
          )}
        </Fact>
        <Fact label={t('volunteers.fields.availability')}>
          {list(
            volunteer.availability.map(
              ({ day, from, until }) =>
                `${t(`weekdays.${day}`)} ${from.slice(0, 5)}–${until.slice(0, 5)}`,
            ),
          )}
        </Fact>
        <Fact label={t('volunteers.fields.absences')}>
          {list(
            volunteer.absences.map(
              ({ from, until }) => `${format.date(from)} – ${format.date(until)}`,
            ),
          )}
        </Fact>
        <Fact label={t('volunteers.fields.sector')}>{volunteer.sectorCode}</Fact>
        <Fact label={t('volunteers.fields.home')}>
          {`${volunteer.home.latitude.toFixed(5)}, ${volunteer.home.longitude.toFixed(5)}`}
        </Fact>
        <Fact label={t('volunteers.fields.maxTravelKm')}>
          {t('volunteers.km', { km: volunteer.maxTravelKm })}
        </Fact>
        <Fact label={t('volunteers.fields.load')}>
          {t('volunteers.load', {
            active: volunteer.activeMatches,
            max: volunteer.maxConcurrentMatches,
          })}
        </Fact>
        <Fact label={t('volunteers.fields.refusedCategories')}>
          {list(volunteer.refusedCategories.map(categoryName))}
        </Fact>
        <Fact label={t('volunteers.fields.refusedHomeConditions')}>
          {list(volunteer.refusedHomeConditions.map((c) => t(`volunteers.homeConditions.${c}`)))}
        </Fact>
        <Fact label={t('volunteers.fields.training')}>
          {list(
            volunteer.training.map(
              ({ module, completedOn }) => `${module} (${format.date(completedOn)})`,
            ),
          )}
        </Fact>
        <Fact label={t('volunteers.fields.screening')}>
          {volunteer.screening
            ? `${format.date(volunteer.screening.issuedOn)} – ${format.date(volunteer.screening.expiresOn)}`
            : none}
        </Fact>
        <Fact label={t('volunteers.fields.insuredUntil')}>
          {volunteer.insuredUntil ? format.date(volunteer.insuredUntil) : none}
        </Fact>
        <Fact label={t('volunteers.fields.totalHours')}>
          {t('volunteers.hours.amount', { hours: volunteer.totalHours })}
        </Fact>
      </dl>
      <StatusSection volunteer={volunteer} />
      <FeedbackSection volunteer={volunteer} />
      <HoursSection volunteer={volunteer} />
    </Page>
  );
}

function StatusSection({ volunteer }: { volunteer: Volunteer }) {
  const { t } = useTranslation();
  const change = useChangeVolunteerStatus(volunteer.id);
  const options = nextStatuses[volunteer.status];
  const [to, setTo] = useState<VolunteerStatus>(options[0]!);
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const error = checked && !reason.trim() ? t('volunteers.errors.reason') : undefined;
  const target = options.includes(to) ? to : options[0]!;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (!reason.trim()) return document.getElementById('volunteer-status-reason')?.focus();
    change.mutate(
      { to: target, reason: reason.trim() },
      {
        onSuccess: () => {
          setReason('');
          setChecked(false);
        },
      },
    );
  }

  return (
    <section aria-labelledby="volunteer-status-title">
      <h2 id="volunteer-status-title">{t('volunteers.status.title')}</h2>
      <LiveMessage>
        {change.data &&
          t('volunteers.status.done', {
            status: t(`volunteers.statuses.${change.data.data.status}`),
          })}
      </LiveMessage>
      <form className="form panel spaced" noValidate onSubmit={submit}>
        <Field id="volunteer-status-to" label={t('volunteers.status.to')}>
          {(control) => (
            <select
              {...control}
              value={target}
              onChange={(event) => setTo(event.target.value as VolunteerStatus)}
            >
              {options.map((status) => (
                <option key={status} value={status}>
                  {t(`volunteers.statuses.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="volunteer-status-reason" label={t('volunteers.status.reason')} error={error}>
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
        <ChangeError error={change.error} />
        <div className="actions">
          <button type="submit" className="button" disabled={change.isPending}>
            {t('volunteers.status.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function FeedbackSection({ volunteer }: { volunteer: Volunteer }) {
  const { t } = useTranslation();
  const format = useFormat();
  const add = useAddFeedback(volunteer.id);
  const [on, setOn] = useState(today());
  const [notes, setNotes] = useState('');
  const [checked, setChecked] = useState(false);
  const error = checked && !notes.trim() ? t('volunteers.errors.required') : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (!notes.trim()) return document.getElementById('volunteer-feedback-notes')?.focus();
    add.mutate(
      { on, notes: notes.trim() },
      {
        onSuccess: () => {
          setNotes('');
          setChecked(false);
        },
      },
    );
  }

  return (
    <section aria-labelledby="volunteer-feedback-title">
      <h2 id="volunteer-feedback-title">{t('volunteers.feedback.title')}</h2>
      {volunteer.feedback.length === 0 ? (
        <p className="muted">{t('volunteers.feedback.empty')}</p>
      ) : (
        <ul className="card-list">
          {volunteer.feedback.map((item) => (
            <li key={item.id} className="card">
              <span className="muted">{format.date(item.on)}</span>
              <span className="pre-line">{item.notes}</span>
            </li>
          ))}
        </ul>
      )}
      <LiveMessage>{add.isSuccess && t('volunteers.feedback.added')}</LiveMessage>
      <form className="form panel spaced" noValidate onSubmit={submit}>
        <h3>{t('volunteers.feedback.add')}</h3>
        <Field id="volunteer-feedback-on" label={t('volunteers.feedback.on')}>
          {(control) => (
            <input
              {...control}
              type="date"
              required
              value={on}
              onChange={(event) => setOn(event.target.value)}
            />
          )}
        </Field>
        <Field id="volunteer-feedback-notes" label={t('volunteers.feedback.notes')} error={error}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              maxLength={4000}
              value={notes}
              onChange={(event) => setNotes(event.target.value)}
            />
          )}
        </Field>
        <ChangeError error={add.error} />
        <div className="actions">
          <button type="submit" className="button" disabled={add.isPending}>
            {t('volunteers.feedback.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function HoursSection({ volunteer }: { volunteer: Volunteer }) {
  const { t } = useTranslation();
  const format = useFormat();
  const add = useAddHours(volunteer.id);
  const [on, setOn] = useState(today());
  const [hours, setHours] = useState('');
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState(false);
  const amount = Number(hours.replace(',', '.'));
  const error =
    checked && !(hours.trim() && amount > 0 && amount <= 24)
      ? t('volunteers.errors.hours')
      : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (!(hours.trim() && amount > 0 && amount <= 24)) {
      return document.getElementById('volunteer-hours-hours')?.focus();
    }
    add.mutate(
      { on, hours: amount, helpRequestId: null, note: note.trim() || null },
      {
        onSuccess: () => {
          setHours('');
          setNote('');
          setChecked(false);
        },
      },
    );
  }

  return (
    <section aria-labelledby="volunteer-hours-title">
      <h2 id="volunteer-hours-title">{t('volunteers.hours.title')}</h2>
      {volunteer.hours.length === 0 ? (
        <p className="muted">{t('volunteers.hours.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('volunteers.hours.on')}</th>
                <th scope="col">{t('volunteers.hours.hours')}</th>
                <th scope="col">{t('volunteers.hours.note')}</th>
                <th scope="col">{t('volunteers.hours.helpRequest')}</th>
              </tr>
            </thead>
            <tbody>
              {volunteer.hours.map((item) => (
                <tr key={item.id}>
                  <td>{format.date(item.on)}</td>
                  <td>{item.hours}</td>
                  <td>{item.note}</td>
                  <td>
                    {item.helpRequestId && (
                      <Link to={`/hulpvragen/${item.helpRequestId}`}>
                        {t('volunteers.hours.open')}
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LiveMessage>{add.isSuccess && t('volunteers.hours.added')}</LiveMessage>
      <form className="form panel spaced" noValidate onSubmit={submit}>
        <h3>{t('volunteers.hours.add')}</h3>
        <div className="field-row">
          <Field id="volunteer-hours-on" label={t('volunteers.hours.on')}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={on}
                onChange={(event) => setOn(event.target.value)}
              />
            )}
          </Field>
          <Field id="volunteer-hours-hours" label={t('volunteers.hours.hours')} error={error}>
            {(control) => (
              <input
                {...control}
                inputMode="decimal"
                value={hours}
                onChange={(event) => setHours(event.target.value)}
              />
            )}
          </Field>
        </div>
        <Field id="volunteer-hours-note" label={t('volunteers.hours.note')}>
          {(control) => (
            <input
              {...control}
              maxLength={500}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          )}
        </Field>
        <ChangeError error={add.error} />
        <div className="actions">
          <button type="submit" className="button" disabled={add.isPending}>
            {t('volunteers.hours.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
