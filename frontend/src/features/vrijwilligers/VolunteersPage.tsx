import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Field } from '../../components/ui/Field';
import { Page } from '../../components/ui/Page';
import { QueryState } from '../../components/ui/QueryState';
import { today, useFormat } from '../../lib/format';
import {
  useVolunteers,
  volunteerStatuses,
  type BuddyType,
  type VolunteerFilter,
  type VolunteerStatus,
  type VolunteerSummary,
} from './api';
import { buddyTypes, daysLeft } from './labels';
import { ScreeningWarning, VolunteerStatusBadge } from './StatusBadge';

/** The network's volunteers, filtered on status, buddy type or name; the filter lives in the URL. */
export function VolunteersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter: VolunteerFilter = {
    status: (params.get('status') as VolunteerStatus | null) ?? undefined,
    buddyType: (params.get('buddyType') as BuddyType | null) ?? undefined,
    search: params.get('search') ?? undefined,
  };
  const [search, setSearch] = useState(filter.search ?? '');
  const volunteers = useVolunteers(filter);

  function set(name: keyof VolunteerFilter, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  }

  function submitSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    set('search', search.trim());
  }

  return (
    <Page title={t('nav.volunteers')}>
      <div className="actions spaced">
        <Link to="/vrijwilligers/nieuw" className="button">
          {t('volunteers.add')}
        </Link>
        <Link to="/vrijwilligers/plan" className="button button--secondary">
          {t('volunteers.plan.link')}
        </Link>
      </div>
      <form className="form panel spaced" role="search" onSubmit={submitSearch}>
        <div className="field-row">
          <Field id="volunteer-status" label={t('volunteers.filters.status')}>
            {(control) => (
              <select
                {...control}
                value={filter.status ?? ''}
                onChange={(event) => set('status', event.target.value)}
              >
                <option value="">{t('volunteers.filters.all')}</option>
                {volunteerStatuses.map((status) => (
                  <option key={status} value={status}>
                    {t(`volunteers.statuses.${status}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="volunteer-buddy-type" label={t('volunteers.filters.buddyType')}>
            {(control) => (
              <select
                {...control}
                value={filter.buddyType ?? ''}
                onChange={(event) => set('buddyType', event.target.value)}
              >
                <option value="">{t('volunteers.filters.all')}</option>
                {buddyTypes.map((type) => (
                  <option key={type} value={type}>
                    {t(`buddyTypes.${type}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field id="volunteer-search" label={t('volunteers.filters.search')}>
          {(control) => (
            <div className="inline-add">
              <input
                {...control}
                type="search"
                className="wide"
                value={search}
                onChange={(event) => setSearch(event.target.value)}
              />
              <button type="submit" className="button button--secondary">
                {t('volunteers.filters.submit')}
              </button>
            </div>
          )}
        </Field>
      </form>
      <QueryState query={volunteers}>
        {({ items, total }) => (
          <>
            <p role="status">{t('volunteers.count', { count: total })}</p>
            <ul className="card-list">
              {items.map((volunteer) => (
                <VolunteerCard key={volunteer.id} volunteer={volunteer} />
              ))}
            </ul>
          </>
        )}
      </QueryState>
    </Page>
  );
}

function VolunteerCard({ volunteer }: { volunteer: VolunteerSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = `${volunteer.firstName} ${volunteer.lastName}`;
  return (
    <li>
      <Link to={`/vrijwilligers/${volunteer.id}`} className="card card--link">
        <span className="card__title">{name}</span>
        <span className="card__meta">
          <VolunteerStatusBadge status={volunteer.status} />
          <span>{t(`volunteers.roles.${volunteer.role}`)}</span>
          <span>
            {t('volunteers.load', {
              active: volunteer.activeMatches,
              max: volunteer.maxConcurrentMatches,
            })}
          </span>
          {volunteer.screeningExpiresOn && (
            <ScreeningWarning
              expiresOn={format.date(volunteer.screeningExpiresOn)}
              daysLeft={daysLeft(volunteer.screeningExpiresOn, today())}
            />
          )}
        </span>
        {volunteer.buddyTypes.length > 0 && (
          <span>{volunteer.buddyTypes.map((type) => t(`buddyTypes.${type}`)).join(', ')}</span>
        )}
        {volunteer.languages.length > 0 && (
          <span className="muted">{volunteer.languages.map(format.language).join(', ')}</span>
        )}
      </Link>
    </li>
  );
}
