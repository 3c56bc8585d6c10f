import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Choices, Field } from '../../components/ui/Field';
import { LiveMessage } from '../../components/ui/LiveMessage';
import { Page } from '../../components/ui/Page';
import { QueryState } from '../../components/ui/QueryState';
import { ChangeError } from '../hulpvragen/detail/ChangeError';
import { buddyTypes } from '../vrijwilligers/labels';
import { useAllHelpCategories, useSaveHelpCategory, type HelpCategory } from './api';

const CODE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const NEW = '';

/** The network's help categories: what intake offers, and whether each goes to volunteers or a partner by default. */
export function HelpCategoriesPage() {
  const { t, i18n } = useTranslation();
  const categories = useAllHelpCategories();
  const save = useSaveHelpCategory();
  const [editing, setEditing] = useState<string | null>(null);
  const saved = save.data;

  function edit(code: string | null) {
    save.reset();
    setEditing(code);
  }

  return (
    <Page title={t('helpCategories.title')}>
      <p>{t('helpCategories.intro')}</p>
      <LiveMessage>
        {saved &&
          editing === null &&
          t('helpCategories.saved', { name: name(saved, i18n.language) })}
      </LiveMessage>
      {editing === NEW ? (
        <CategoryForm save={save} onDone={() => setEditing(null)} onCancel={() => edit(null)} />
      ) : (
        <button type="button" className="button" onClick={() => edit(NEW)}>
          {t('helpCategories.add')}
        </button>
      )}
      <QueryState query={categories}>
        {({ items }) => (
          <ul className="card-list">
            {items.map((category) => (
              <li key={category.code} className="card">
                {editing === category.code ? (
                  <CategoryForm
                    category={category}
                    save={save}
                    onDone={() => setEditing(null)}
                    onCancel={() => edit(null)}
                  />
                ) : (
                  <>
                    <span className="card__title">
                      {name(category, i18n.language)}{' '}
                      {!category.isActive && (
                        <span className="badge">{t('helpCategories.inactive')}</span>
                      )}
                    </span>
                    <span className="muted">{category.code}</span>
                    <span>{t(`triage.routes.${category.defaultRoute}`)}</span>
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => edit(category.code)}
                      aria-label={t('helpCategories.editNamed', {
                        name: name(category, i18n.language),
                      })}
                    >
                      {t('helpCategories.edit')}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </Page>
  );
}

function name(category: HelpCategory, language: string) {
  return language === 'en' ? category.nameEn : category.nameNl;
}

interface CategoryFormProps {
  /** The category to change; without it the form adds a new one. */
  category?: HelpCategory;
  save: ReturnType<typeof useSaveHelpCategory>;
  onDone: () => void;
  onCancel: () => void;
}

function CategoryForm({ category, save, onDone, onCancel }: CategoryFormProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState<HelpCategory>(
    category ?? {
      code: '',
      nameNl: '',
      nameEn: '',
      defaultRoute: 'Light',
      isActive: true,
      buddyTypes: [],
      requiresHomeVisit: false,
      requiredTraining: [],
    },
  );
  const [checked, setChecked] = useState(false);
  const prefix = `category-${category?.code ?? 'new'}`;
  const errors = {
    code: !CODE_PATTERN.test(form.code.trim()) ? t('helpCategories.errors.code') : undefined,
    nameNl: !form.nameNl.trim() ? t('intake.errors.required') : undefined,
    nameEn: !form.nameEn.trim() ? t('intake.errors.required') : undefined,
  };
  const shown = (field: keyof typeof errors) => (checked ? errors[field] : undefined);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    const firstInvalid = (Object.keys(errors) as (keyof typeof errors)[]).find((f) => errors[f]);
    if (firstInvalid) return document.getElementById(`${prefix}-${firstInvalid}`)?.focus();
    save.mutate(
      { ...form, code: form.code.trim(), nameNl: form.nameNl.trim(), nameEn: form.nameEn.trim() },
      { onSuccess: onDone },
    );
  }

  return (
    <form className="form panel" noValidate onSubmit={submit}>
      <h2>{category ? t('helpCategories.editTitle') : t('helpCategories.addTitle')}</h2>
      {!category && (
        <Field
          id={`${prefix}-code`}
          label={t('helpCategories.code')}
          hint={t('helpCategories.codeHint')}
          error={shown('code')}
        >
          {(control) => (
            <input
              {...control}
              maxLength={40}
              autoCapitalize="none"
              value={form.code}
              onChange={(event) => setForm({ ...form, code: event.target.value })}
            />
          )}
        </Field>
      )}
      <Field id={`${prefix}-nameNl`} label={t('helpCategories.nameNl')} error={shown('nameNl')}>
        {(control) => (
          <input
            {...control}
            lang="nl"
            maxLength={100}
            value={form.nameNl}
            onChange={(event) => setForm({ ...form, nameNl: event.target.value })}
          />
        )}
      </Field>
      <Field id={`${prefix}-nameEn`} label={t('helpCategories.nameEn')} error={shown('nameEn')}>
        {(control) => (
          <input
            {...control}
            lang="en"
            maxLength={100}
            value={form.nameEn}
            onChange={(event) => setForm({ ...form, nameEn: event.target.value })}
          />
        )}
      </Field>
      <Choices
        id={`${prefix}-route`}
        legend={t('helpCategories.route')}
        hint={t('helpCategories.routeHint')}
        options={(['Light', 'Heavy'] as const).map((route) => ({
          value: route,
          label: t(`triage.routes.${route}`),
        }))}
        value={form.defaultRoute}
        onChange={(route) =>
          setForm({ ...form, defaultRoute: route as HelpCategory['defaultRoute'] })
        }
      />
      <Choices
        id={`${prefix}-buddy-types`}
        multiple
        legend={t('helpCategories.buddyTypes')}
        hint={t('helpCategories.buddyTypesHint')}
        options={buddyTypes.map((type) => ({ value: type, label: t(`buddyTypes.${type}`) }))}
        value={form.buddyTypes}
        onChange={(types) => setForm({ ...form, buddyTypes: types as HelpCategory['buddyTypes'] })}
      />
      <div className="chips">
        <label className="chip">
          <input
            type="checkbox"
            checked={form.requiresHomeVisit}
            onChange={(event) => setForm({ ...form, requiresHomeVisit: event.target.checked })}
          />
          <span>{t('helpCategories.homeVisit')}</span>
        </label>
        <label className="chip">
          <input
            type="checkbox"
            checked={form.isActive}
            onChange={(event) => setForm({ ...form, isActive: event.target.checked })}
          />
          <span>{t('helpCategories.active')}</span>
        </label>
      </div>
      <ChangeError error={save.error} />
      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('helpCategories.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('helpCategories.cancel')}
        </button>
      </div>
    </form>
  );
}
