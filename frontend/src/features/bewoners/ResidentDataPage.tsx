import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Fact } from '../../components/ui/Fact';
import { Field } from '../../components/ui/Field';
import { Page } from '../../components/ui/Page';
import { QueryState } from '../../components/ui/QueryState';
import { ApiError } from '../../lib/api';
import { useIsCoordinator } from '../auth/api';
import { useResident } from '../hulpvragen/api';
import { useFormat } from '../../lib/format';
import {
  downloadJson,
  useEraseResident,
  useResidentDataExport,
  type ResidentDataExport,
} from './api';
import { ResidentCorrection } from './ResidentCorrection';

/**
 * For a coordinator or admin: everything the network holds about one resident, readable and
 * printable, to hand over when the resident asks for it, with the JSON file beside it; the
 * correction of the details and the erasure, each with its reason. A field worker may correct the
 * details but not export or erase them (nor read the audit trail), so sees the correction only.
 */
export function ResidentDataPage() {
  // The route path /bewoners/:id/gegevens guarantees the parameter.
  const { id } = useParams() as { id: string };
  return useIsCoordinator() ? <EverythingHeld id={id} /> : <CorrectionOnly id={id} />;
}

function CorrectionOnly({ id }: { id: string }) {
  const { t } = useTranslation();
  const resident = useResident(id);

  return (
    <Page title={t('gaps.correctionTitle')}>
      <QueryState query={resident}>
        {(person) => (
          <>
            <p className="lead">
              {t('gaps.correctionIntro', { name: `${person.firstName} ${person.lastName}` })}
            </p>
            <ResidentCorrection person={person} />
          </>
        )}
      </QueryState>
    </Page>
  );
}

function EverythingHeld({ id }: { id: string }) {
  const { t } = useTranslation();
  const data = useResidentDataExport(id);

  return (
    <Page title={t('privacy.title')}>
      <QueryState query={data}>
        {(exported) => (
          <>
            <Export data={exported} />
            {!exported.resident.erasedAt && (
              <ResidentCorrection person={exported.resident.person} />
            )}
            <Erasure residentId={id} erasedAt={exported.resident.erasedAt} />
          </>
        )}
      </QueryState>
    </Page>
  );
}

function Export({ data }: { data: ResidentDataExport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { person, consentHistory, createdAt, erasedAt } = data.resident;
  const address = person.address;

  return (
    <>
      <p className="lead">
        {t('privacy.intro', { network: data.networkName, at: format.moment(data.exportedAt) })}
      </p>
      <p className="no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('privacy.print')}
        </button>{' '}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => downloadJson(data)}
        >
          {t('privacy.download')}
        </button>
      </p>

      <Section id="privacy-person" title={t('privacy.sections.person')}>
        <dl className="facts">
          <Fact label={t('privacy.fields.name')}>
            {person.firstName} {person.lastName}
          </Fact>
          <Fact label={t('privacy.fields.birthYear')}>{person.birthYear ?? '—'}</Fact>
          <Fact label={t('privacy.fields.phone')}>{person.phone ?? '—'}</Fact>
          <Fact label={t('privacy.fields.email')}>{person.email ?? '—'}</Fact>
          <Fact label={t('privacy.fields.address')}>
            {`${address.street} ${address.houseNumber}${address.box ? ` bus ${address.box}` : ''}, ${address.postalCode} ${address.municipality}`}
          </Fact>
          <Fact label={t('privacy.fields.sector')}>{address.sectorCode}</Fact>
          <Fact label={t('privacy.fields.languages')}>
            {person.languages.map(format.language).join(', ')}
          </Fact>
          <Fact label={t('privacy.fields.contactPreference')}>
            {t(`contactPreferences.${person.contactPreference}`)}
          </Fact>
          <Fact label={t('privacy.fields.createdAt')}>{format.moment(createdAt)}</Fact>
          {erasedAt && <Fact label={t('privacy.fields.erasedAt')}>{format.moment(erasedAt)}</Fact>}
        </dl>
      </Section>

      <Section
        id="privacy-consents"
        title={t('privacy.sections.consents')}
        count={consentHistory.length}
      >
        <ul>
          {consentHistory.map((c) => (
            <li key={`${c.purpose}-${c.givenAt}`}>
              {t(`consentPurposes.${c.purpose}.label`)}:{' '}
              {t('privacy.consentGiven', { at: format.moment(c.givenAt) })}
              {c.withdrawnAt &&
                `; ${t('privacy.consentWithdrawn', { at: format.moment(c.withdrawnAt) })}`}
              {c.note && ` (${c.note})`}
            </li>
          ))}
        </ul>
      </Section>

      <Section
        id="privacy-requests"
        title={t('privacy.sections.helpRequests')}
        count={data.helpRequests.length}
      >
        {data.helpRequests.map((request) => (
          <article key={request.id} className="spaced">
            <h3>
              <Link to={`/hulpvragen/${request.id}`}>{request.categoryCode}</Link> ·{' '}
              {t(`statuses.${request.status}`)} · {format.moment(request.createdAt)}
            </h3>
            <p className="pre-line">{request.description}</p>
            <ul>
              {request.timeline.map((entry) => (
                <li key={`${entry.at}-${entry.to}`}>
                  {format.moment(entry.at)}: {t(`statuses.${entry.to}`)} — {entry.reason}
                </li>
              ))}
              {request.followUps.map((task) => (
                <li key={task.id}>
                  {t('privacy.followUp', { on: format.date(task.dueOn) })}: {task.description}
                </li>
              ))}
            </ul>
          </article>
        ))}
      </Section>

      <Section
        id="privacy-referrals"
        title={t('privacy.sections.referrals')}
        count={data.referrals.length}
      >
        <ul>
          {data.referrals.map((r) => (
            <li key={r.id}>
              {r.partnerName ?? r.partnerOrganisationId} · {r.status} · {format.moment(r.createdAt)}
              {r.note && ` · ${t('privacy.note')}: ${r.note}`}
              {r.feedback && ` · ${t('privacy.feedback')}: ${r.feedback}`}
            </li>
          ))}
        </ul>
      </Section>

      <Section
        id="privacy-matches"
        title={t('privacy.sections.volunteers')}
        count={data.volunteerMatches.length + data.volunteerHours.length}
      >
        <ul>
          {data.volunteerMatches.map((m) => (
            <li key={m.id}>
              {m.volunteerFirstName ?? '—'} · {m.status} · {format.moment(m.proposedAt)}
              {m.hours !== null && ` · ${t('privacy.hours', { count: m.hours })}`}
              {m.residentFeedback && ` · ${m.residentFeedback}`}
              {m.volunteerFeedback && ` · ${m.volunteerFeedback}`}
            </li>
          ))}
          {data.volunteerHours.map((h) => (
            <li key={`${h.volunteerId}-${h.on}-${h.hours}`}>
              {h.volunteerFirstName ?? '—'} · {format.date(h.on)} ·{' '}
              {t('privacy.hours', { count: h.hours })}
              {h.note && ` · ${h.note}`}
            </li>
          ))}
        </ul>
      </Section>

      <Section
        id="privacy-other"
        title={t('privacy.sections.other')}
        count={
          data.signals.length +
          data.referralCards.length +
          data.webhookMessages.length +
          data.storedResponses.length
        }
      >
        <ul>
          {data.signals.map((s) => (
            <li key={s.id}>
              {t('privacy.signal')}: {s.theme} — {s.description}
            </li>
          ))}
          {data.referralCards.map((c) => (
            <li key={c.code}>
              {t('privacy.referralCard', { code: c.code, issuedTo: c.issuedTo })}
            </li>
          ))}
          {data.webhookMessages.map((m) => (
            <li key={m.id}>
              {t('privacy.webhook', { type: m.eventType, at: format.moment(m.createdAt) })}
            </li>
          ))}
          {data.storedResponses.map((r) => (
            <li key={r.key}>{t('privacy.storedResponse', { at: format.moment(r.createdAt) })}</li>
          ))}
        </ul>
      </Section>

      {data.asVolunteer && (
        <Section id="privacy-as-volunteer" title={t('privacy.sections.asVolunteer')}>
          <p>
            {data.asVolunteer.firstName} {data.asVolunteer.lastName} · {data.asVolunteer.status} ·{' '}
            {t('privacy.hours', { count: data.asVolunteer.totalHours })}
          </p>
        </Section>
      )}

      <Section
        id="privacy-audit"
        title={t('privacy.sections.audit')}
        count={data.auditEntries.length}
      >
        <ul>
          {data.auditEntries.map((a) => (
            <li key={`${a.at}-${a.entityId}-${a.action}`}>
              {format.moment(a.at)} · {a.actorName ?? a.actorRole} · {a.purpose}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

function Section({
  id,
  title,
  count,
  children,
}: {
  id: string;
  title: string;
  count?: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id} className="report-section spaced">
      <h2 id={id}>{title}</h2>
      {count === 0 ? <p>{t('privacy.none')}</p> : children}
    </section>
  );
}

function Erasure({ residentId, erasedAt }: { residentId: string; erasedAt: string | null }) {
  const { t } = useTranslation();
  const erase = useEraseResident(residentId);
  const [reason, setReason] = useState('');
  const problem = erase.error instanceof ApiError ? erase.error.problem : undefined;
  const fieldError = problem?.errors?.reason?.join(' ');

  if (erasedAt) {
    return <p className="notice notice--info no-print">{t('privacy.erasure.done')}</p>;
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (window.confirm(t('privacy.erasure.confirm'))) erase.mutate(reason);
  };

  return (
    <section aria-labelledby="privacy-erasure" className="spaced no-print">
      <h2 id="privacy-erasure">{t('privacy.erasure.title')}</h2>
      <p>{t('privacy.erasure.explanation')}</p>
      <form onSubmit={submit} noValidate>
        <Field
          id="erasure-reason"
          label={t('privacy.erasure.reason')}
          hint={t('privacy.erasure.reasonHint')}
          error={fieldError}
        >
          {(control) => (
            <textarea
              {...control}
              value={reason}
              maxLength={300}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button" disabled={erase.isPending}>
          {t('privacy.erasure.submit')}
        </button>
      </form>
      {erase.error && !fieldError && (
        <p role="alert" className="notice notice--error">
          {problem?.detail ?? t('privacy.erasure.failed')}
        </p>
      )}
    </section>
  );
}
