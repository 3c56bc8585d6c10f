import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../components/ui/LiveMessage';
import { Page } from '../../components/ui/Page';
import { QueryState } from '../../components/ui/QueryState';
import { ApiError } from '../../lib/api';
import { useCurrentUser } from '../auth/api';
import { useNeighbourhoods } from '../buurtanalyse/api';
import { useCategoryName, useHelpCategories } from '../hulpvragen/api';
import {
  actorKinds,
  rejectedImport,
  useExportSocialMap,
  useImportSocialMap,
  useSaveActor,
  useSocialMap,
  type Actor,
  type ActorInput,
  type ActorKind,
  type SocialMapFilters,
} from './api';

const writingRoles = new Set(['Admin', 'Coordinator']);

/** The sociale kaart: the network's partners, informal actors and policy services. */
export function SocialMapPage() {
  const { t } = useTranslation();
  const role = useCurrentUser().data?.role;
  const canWrite = role !== undefined && writingRoles.has(role);
  const [filters, setFilters] = useState<SocialMapFilters>({});
  const [editing, setEditing] = useState<Actor | 'new' | null>(null);
  const actors = useSocialMap(filters);
  const categories = useHelpCategories();
  const neighbourhoods = useNeighbourhoods();
  const categoryName = useCategoryName();
  const exportMap = useExportSocialMap();

  return (
    <Page title={t('socialMap.title')}>
      <p className="muted">{t('socialMap.intro')}</p>
      <div className="socialmap-toolbar no-print">
        {canWrite && (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            {t('socialMap.add')}
          </button>
        )}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => exportMap.mutate()}
          disabled={exportMap.isPending}
        >
          {t('socialMap.export')}
        </button>
      </div>
      {editing !== null && (
        <ActorForm
          actor={editing === 'new' ? undefined : editing}
          onDone={() => setEditing(null)}
        />
      )}
      {canWrite && <ImportForm />}
      <form className="socialmap-filters no-print" aria-label={t('socialMap.filters')}>
        <FilterSelect
          label={t('socialMap.kind')}
          value={filters.kind}
          options={actorKinds.map((kind) => [kind, t(`socialMap.kinds.${kind}`)])}
          onChange={(kind) => setFilters({ ...filters, kind: kind as ActorKind | undefined })}
        />
        <FilterSelect
          label={t('socialMap.category')}
          value={filters.category}
          options={(categories.data?.items ?? []).map((c) => [c.code, categoryName(c.code)])}
          onChange={(category) => setFilters({ ...filters, category })}
        />
        <FilterSelect
          label={t('socialMap.neighbourhood')}
          value={filters.neighbourhoodId}
          options={(neighbourhoods.data?.items ?? []).map((n) => [n.id, n.name])}
          onChange={(neighbourhoodId) => setFilters({ ...filters, neighbourhoodId })}
        />
      </form>
      <QueryState query={actors}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('socialMap.none')}</p>
          ) : (
            <ul className="card-list" aria-label={t('socialMap.list')}>
              {items.map((actor) => (
                <li key={actor.id} className="card">
                  <h2 className="card__title">{actor.name}</h2>
                  <p className="muted">
                    {t(`socialMap.kinds.${actor.kind}`)}
                    {!actor.isActive && ` · ${t('socialMap.inactive')}`}
                    {actor.acceptsReferrals &&
                      actor.isActive &&
                      ` · ${t('socialMap.referralTarget')}`}
                  </p>
                  {actor.description && <p>{actor.description}</p>}
                  {actor.categories.length > 0 && (
                    <p>{actor.categories.map((code) => categoryName(code)).join(', ')}</p>
                  )}
                  <ActorContact actor={actor} />
                  {canWrite && (
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => setEditing(actor)}
                    >
                      {t('socialMap.edit', { name: actor.name })}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </Page>
  );
}

interface FilterSelectProps {
  label: string;
  value: string | undefined;
  /** Value and label of each choice; the first choice, "all", clears the filter. */
  options: [string, string][];
  onChange: (value: string | undefined) => void;
}

function FilterSelect({ label, value, options, onChange }: FilterSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{t('socialMap.all')}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Phone, e-mail, website and address of an actor, where known. */
export function ActorContact({ actor }: { actor: Actor }) {
  const { t } = useTranslation();
  return (
    <p className="socialmap-contact">
      {actor.phone && <a href={`tel:${actor.phone}`}>{actor.phone}</a>}{' '}
      {actor.email && <a href={`mailto:${actor.email}`}>{actor.email}</a>}{' '}
      {actor.website && (
        <a href={actor.website} rel="noreferrer" target="_blank">
          {t('socialMap.website')}
        </a>
      )}{' '}
      {actor.address}
    </p>
  );
}

function emptyInput(): ActorInput {
  return {
    name: '',
    kind: 'Formal',
    description: '',
    categories: [],
    services: '',
    phone: '',
    email: '',
    website: '',
    address: '',
    neighbourhoodIds: [],
    acceptsReferrals: true,
    isActive: true,
  };
}

function ActorForm({ actor, onDone }: { actor?: Actor; onDone: () => void }) {
  const { t } = useTranslation();
  const [input, setInput] = useState<ActorInput>(() => (actor ? { ...actor } : emptyInput()));
  const save = useSaveActor();
  const categories = useHelpCategories();
  const neighbourhoods = useNeighbourhoods();
  const categoryName = useCategoryName();
  const errors = save.error instanceof ApiError ? (save.error.problem?.errors ?? {}) : {};
  const ids = {
    name: useId(),
    kind: useId(),
    description: useId(),
    services: useId(),
    phone: useId(),
    email: useId(),
    website: useId(),
    address: useId(),
  };
  const set = (patch: Partial<ActorInput>) => setInput({ ...input, ...patch });
  const toggle = (list: string[] | null, value: string) =>
    (list ?? []).includes(value)
      ? (list ?? []).filter((v) => v !== value)
      : [...(list ?? []), value];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ actor, body: input }, { onSuccess: onDone });
  };

  const text = (key: 'description' | 'services' | 'phone' | 'email' | 'website' | 'address') => (
    <div className="field">
      <label htmlFor={ids[key]}>{t(`socialMap.fields.${key}`)}</label>
      <input
        id={ids[key]}
        value={input[key] ?? ''}
        aria-invalid={errors[key] ? true : undefined}
        onChange={(e) => set({ [key]: e.target.value })}
      />
      {errors[key] && <p className="field__error">{errors[key].join(' ')}</p>}
    </div>
  );

  return (
    <form
      className="form"
      onSubmit={submit}
      aria-label={actor ? t('socialMap.editTitle') : t('socialMap.addTitle')}
    >
      <h2>{actor ? t('socialMap.editTitle') : t('socialMap.addTitle')}</h2>
      <div className="field">
        <label htmlFor={ids.name}>{t('socialMap.fields.name')}</label>
        <input
          id={ids.name}
          required
          maxLength={200}
          value={input.name}
          aria-invalid={errors.name ? true : undefined}
          onChange={(e) => set({ name: e.target.value })}
        />
        {errors.name && <p className="field__error">{errors.name.join(' ')}</p>}
      </div>
      <div className="field">
        <label htmlFor={ids.kind}>{t('socialMap.kind')}</label>
        <select
          id={ids.kind}
          value={input.kind}
          onChange={(e) => {
            const kind = e.target.value as ActorKind;
            set({ kind, acceptsReferrals: kind === 'Informal' ? false : input.acceptsReferrals });
          }}
        >
          {actorKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`socialMap.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {text('description')}
      <fieldset>
        <legend>{t('socialMap.fields.categories')}</legend>
        {categories.data?.items.map((category) => (
          <label key={category.code} className="socialmap-checkbox">
            <input
              type="checkbox"
              checked={(input.categories ?? []).includes(category.code)}
              onChange={() => set({ categories: toggle(input.categories, category.code) })}
            />{' '}
            {categoryName(category.code)}
          </label>
        ))}
      </fieldset>
      {text('services')}
      {text('phone')}
      {text('email')}
      {text('website')}
      {text('address')}
      <fieldset>
        <legend>{t('socialMap.fields.neighbourhoods')}</legend>
        <p className="hint">{t('socialMap.fields.neighbourhoodsHint')}</p>
        {neighbourhoods.data?.items.map((n) => (
          <label key={n.id} className="socialmap-checkbox">
            <input
              type="checkbox"
              checked={(input.neighbourhoodIds ?? []).includes(n.id)}
              onChange={() => set({ neighbourhoodIds: toggle(input.neighbourhoodIds, n.id) })}
            />{' '}
            {n.name}
          </label>
        ))}
      </fieldset>
      <label className="socialmap-checkbox">
        <input
          type="checkbox"
          checked={input.acceptsReferrals}
          disabled={input.kind === 'Informal'}
          onChange={(e) => set({ acceptsReferrals: e.target.checked })}
        />{' '}
        {t('socialMap.fields.acceptsReferrals')}
      </label>
      <label className="socialmap-checkbox">
        <input
          type="checkbox"
          checked={input.isActive}
          onChange={(e) => set({ isActive: e.target.checked })}
        />{' '}
        {t('socialMap.fields.isActive')}
      </label>
      <div className="socialmap-toolbar">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('socialMap.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('socialMap.cancel')}
        </button>
      </div>
      {save.isError && (
        <p role="alert" className="notice notice--error">
          {save.error instanceof ApiError
            ? (save.error.problem?.detail ?? t('socialMap.invalid'))
            : t('status.error')}
        </p>
      )}
    </form>
  );
}

function ImportForm() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const importMap = useImportSocialMap();
  const id = useId();
  const report = rejectedImport(importMap.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) importMap.mutate(file);
  };

  return (
    <form className="form no-print" onSubmit={submit}>
      <h2>{t('socialMap.import.title')}</h2>
      <p className="hint">{t('socialMap.import.hint')}</p>
      <div className="field">
        <label htmlFor={id}>{t('socialMap.import.file')}</label>
        <input
          id={id}
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      <button type="submit" className="button" disabled={!file || importMap.isPending}>
        {t('socialMap.import.submit')}
      </button>
      <LiveMessage>
        {importMap.data
          ? t('socialMap.import.done', {
              created: importMap.data.created,
              updated: importMap.data.updated,
              unchanged: importMap.data.unchanged,
            })
          : null}
      </LiveMessage>
      {importMap.isError && (
        <div role="alert" className="notice notice--error">
          <p>
            {importMap.error instanceof ApiError
              ? (importMap.error.problem?.detail ?? t('status.error'))
              : t('status.error')}
          </p>
          {report && report.rejections.length > 0 && (
            <div className="table-scroll">
              <table className="table">
                <caption>{t('socialMap.import.rejections')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('socialMap.import.line')}</th>
                    <th scope="col">{t('socialMap.import.column')}</th>
                    <th scope="col">{t('socialMap.import.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.rejections.map((r, index) => (
                    <tr key={index}>
                      <td>{r.line}</td>
                      <td>{r.column ?? '–'}</td>
                      <td>{r.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </form>
  );
}
