import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Field } from '../../../components/ui/Field';
import { LiveMessage } from '../../../components/ui/LiveMessage';
import { LoadMore } from '../../../components/ui/LoadMore';
import { Page } from '../../../components/ui/Page';
import { useFormat } from '../../../lib/format';
import { useCurrentUser } from '../../auth/api';
import { fieldErrors } from '../../vrijwilligers/api';
import { outcomeTypes, useOutcomes, type OutcomeFilter, type OutcomeType } from './api';
import { NeighbourhoodOptions } from './NeighbourhoodOptions';
import { OutcomeCard } from './OutcomeCard';
import { OutcomeForm } from './OutcomeForm';

const writers = new Set(['Admin', 'Coordinator', 'FieldWorker']);
const NEW = 'new';

/**
 * Outcomes and stories (outcome harvesting): what changed in the neighbourhood, filtered on period, neighbourhood and
 * type, with the number of stories of each type. Coordinators and field workers record them; analysts read them.
 */
export function OutcomesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const filter: OutcomeFilter = {
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    neighbourhoodId: params.get('neighbourhoodId') ?? undefined,
    type: (params.get('type') as OutcomeType | null) ?? undefined,
  };
  const outcomes = useOutcomes(filter);
  const role = useCurrentUser().data?.role;
  const canWrite = role !== undefined && writers.has(role);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const filterErrors = fieldErrors(outcomes.error);
  const first = outcomes.data?.pages[0];
  const items = outcomes.data?.pages.flatMap((page) => page.items) ?? [];

  function set(name: keyof OutcomeFilter, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  }

  function done(text: string) {
    setEditing(null);
    setMessage(text);
  }

  return (
    <Page title={t('outcomes.title')}>
      <p>{t('outcomes.intro')}</p>
      {!canWrite && <p className="muted">{t('outcomes.readOnly')}</p>}
      <LiveMessage>{message}</LiveMessage>
      {canWrite &&
        (editing === NEW ? (
          <OutcomeForm
            onSaved={(saved) => done(t('outcomes.saved', { title: saved.title }))}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => {
              setMessage('');
              setEditing(NEW);
            }}
          >
            {t('outcomes.add')}
          </button>
        ))}
      <form
        className="form panel spaced"
        role="search"
        aria-label={t('outcomes.filters.label')}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="field-row">
          {(['from', 'to'] as const).map((end) => (
            <Field
              key={end}
              id={`outcomes-${end}`}
              label={t(`outcomes.filters.${end}`)}
              error={filterErrors[end]}
            >
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={filter[end] ?? ''}
                  onChange={(event) => set(end, event.target.value)}
                />
              )}
            </Field>
          ))}
        </div>
        <div className="field-row">
          <Field id="outcomes-neighbourhood" label={t('outcomes.filters.neighbourhood')}>
            {(control) => (
              <select
                {...control}
                value={filter.neighbourhoodId ?? ''}
                onChange={(event) => set('neighbourhoodId', event.target.value)}
              >
                <NeighbourhoodOptions empty={t('outcomes.filters.all')} />
              </select>
            )}
          </Field>
          <Field id="outcomes-type" label={t('outcomes.filters.type')}>
            {(control) => (
              <select
                {...control}
                value={filter.type ?? ''}
                onChange={(event) => set('type', event.target.value)}
              >
                <option value="">{t('outcomes.filters.all')}</option>
                {outcomeTypes.map((type) => (
                  <option key={type} value={type}>
                    {t(`outcomes.types.${type}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </form>
      {outcomes.isPending && (
        <p role="status" className="muted">
          {t('status.loading')}
        </p>
      )}
      {outcomes.isError && Object.keys(filterErrors).length === 0 && (
        <div role="alert" className="notice notice--error">
          <p>{t('status.error')}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void outcomes.refetch()}
          >
            {t('status.retry')}
          </button>
        </div>
      )}
      {first && (
        <>
          <p role="status">
            {t('outcomes.period', { from: format.date(first.from), to: format.date(first.to) })}{' '}
            {t('outcomes.count', { count: first.total })}
          </p>
          <ul className="type-counts" aria-label={t('outcomes.countsLabel')}>
            {first.countsByType.map(({ type, count }) => (
              <li key={type}>
                <button
                  type="button"
                  className="chip"
                  aria-pressed={filter.type === type}
                  onClick={() => set('type', filter.type === type ? '' : type)}
                >
                  {t('outcomes.typeCount', { type: t(`outcomes.types.${type}`), count })}
                </button>
              </li>
            ))}
          </ul>
          {items.length === 0 && <p>{t('outcomes.none')}</p>}
          <ul className="card-list stories">
            {items.map((outcome) =>
              editing === outcome.id ? (
                <li key={outcome.id} className="card">
                  <OutcomeForm
                    outcome={outcome}
                    onSaved={(saved) => done(t('outcomes.saved', { title: saved.title }))}
                    onCancel={() => setEditing(null)}
                  />
                </li>
              ) : (
                <OutcomeCard
                  key={outcome.id}
                  outcome={outcome}
                  onEdit={() => {
                    setMessage('');
                    setEditing(outcome.id);
                  }}
                  onDeleted={() => done(t('outcomes.deleted', { title: outcome.title }))}
                />
              ),
            )}
          </ul>
          <LoadMore query={outcomes} />
        </>
      )}
    </Page>
  );
}
