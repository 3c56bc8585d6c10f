import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Field } from '../../components/ui/Field';
import { LoadMore } from '../../components/ui/LoadMore';
import { Page } from '../../components/ui/Page';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { useTextLabel } from '../hulpvragen/labels';
import { useAuditTrail, type AuditEntry } from './api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who read or changed personal data, when and why, newest first; optionally of one resource. */
export function AuditTrailPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const entityId = search.get('entityId') ?? undefined;
  const entries = useAuditTrail(entityId);

  return (
    <Page title={t('audit.title')}>
      <p>{t('audit.intro')}</p>
      <EntityFilter
        entityId={entityId}
        onFilter={(id) => setSearch(id ? { entityId: id } : {}, { replace: true })}
      />
      <QueryState query={entries}>
        {({ pages }) => {
          const items = pages.flatMap((page) => page.items);
          if (items.length === 0) return <p className="muted">{t('audit.empty')}</p>;
          return (
            <>
              <ol className="timeline">
                {items.map((entry) => (
                  <Entry key={entry.id} entry={entry} />
                ))}
              </ol>
              <LoadMore query={entries} />
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}

interface EntityFilterProps {
  entityId: string | undefined;
  onFilter: (entityId: string | undefined) => void;
}

function EntityFilter({ entityId, onFilter }: EntityFilterProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(entityId ?? '');
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const id = value.trim();
    setInvalid(id !== '' && !UUID.test(id));
    if (id === '' || UUID.test(id)) onFilter(id || undefined);
  }

  // The button goes away with the filter: continue from the emptied field.
  function showAll() {
    setValue('');
    onFilter(undefined);
    input.current?.focus();
  }

  return (
    <form className="form panel" noValidate onSubmit={submit} role="search">
      <Field
        id="audit-entity"
        label={t('audit.entity')}
        hint={t('audit.entityHint')}
        error={invalid ? t('audit.invalidId') : undefined}
      >
        {(control) => (
          <input
            {...control}
            ref={input}
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="button">
          {t('audit.filter')}
        </button>
        {entityId && (
          <button type="button" className="button button--secondary" onClick={showAll}>
            {t('audit.showAll')}
          </button>
        )}
      </div>
    </form>
  );
}

function Entry({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const roleLabel = useTextLabel('roles');
  const entityLabel = useTextLabel('entityTypes');
  // Failed sign-ins: an account or partner connection, by someone who is not signed in.
  const signInRole = useTextLabel('signInProtection.actorRoles');
  const signInEntity = useTextLabel('signInProtection.entityTypes');
  const what = `${entityLabel(signInEntity(entry.entityType))} ${entry.entityId}`;

  return (
    <li>
      <p className="timeline__step">
        {entry.action === 'SignInFailed' || entry.action === 'SignInPaused'
          ? t(`signInProtection.auditActions.${entry.action}`)
          : t(`audit.actions.${entry.action}`)}
      </p>
      <p className="muted">
        <time dateTime={entry.at}>{format.moment(entry.at)}</time> ·{' '}
        {t('audit.by', {
          name: entry.actorName ?? t('audit.unknownActor'),
          role: roleLabel(signInRole(entry.actorRole)),
        })}
      </p>
      <p className="break-anywhere">
        {entry.entityType === 'HelpRequest' ? (
          <Link to={`/hulpvragen/${entry.entityId}`}>{what}</Link>
        ) : (
          what
        )}
      </p>
      <p>{t('audit.purpose', { purpose: entry.purpose })}</p>
    </li>
  );
}
