import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Field } from '../../components/ui/Field';
import { Page } from '../../components/ui/Page';
import { QueryState } from '../../components/ui/QueryState';
import { today, useFormat } from '../../lib/format';
import { useCaseload, useHelpRequests, type Status } from './api';
import { HelpRequestCard } from './HelpRequestCard';
import { HelpRequestList } from './HelpRequestList';
import { statuses } from './StatusBadge';

export function HelpRequestsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('nav.helpRequests')}>
      <Link to="/hulpvragen/nieuw" className="button button--block">
        {t('helpRequests.new')}
      </Link>
      <Caseload />
      <AllHelpRequests />
    </Page>
  );
}

function Caseload() {
  const { t } = useTranslation();
  const format = useFormat();
  const caseload = useCaseload();

  return (
    <section aria-labelledby="caseload">
      <h2 id="caseload">{t('helpRequests.caseload.title')}</h2>
      <QueryState query={caseload}>
        {({ requests, followUps }) => (
          <>
            <h3>{t('helpRequests.caseload.requests')}</h3>
            {requests.length === 0 ? (
              <p className="muted">{t('helpRequests.caseload.noRequests')}</p>
            ) : (
              <ul className="card-list">
                {requests.map((request) => (
                  <li key={request.id}>
                    <HelpRequestCard request={request} />
                  </li>
                ))}
              </ul>
            )}
            <h3>{t('helpRequests.caseload.followUps')}</h3>
            {followUps.length === 0 ? (
              <p className="muted">{t('helpRequests.caseload.noFollowUps')}</p>
            ) : (
              <ul className="plain-list">
                {followUps.map((task) => (
                  <li key={task.taskId}>
                    <Link to={`/hulpvragen/${task.helpRequestId}`}>{task.description}</Link>{' '}
                    <span className={task.dueOn < today() ? 'overdue' : 'muted'}>
                      {t(task.dueOn < today() ? 'helpRequests.overdue' : 'helpRequests.due', {
                        date: format.date(task.dueOn),
                      })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}

function AllHelpRequests() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const status = statuses.find((value) => value === search.get('status'));
  const requests = useHelpRequests(status);

  function filter(value: string) {
    setSearch(value ? { status: value } : {}, { replace: true });
  }

  return (
    <section aria-labelledby="all-requests">
      <h2 id="all-requests">{t('helpRequests.all.title')}</h2>
      <Field id="status-filter" label={t('helpRequests.all.status')}>
        {(control) => (
          <select
            {...control}
            value={status ?? ''}
            onChange={(event) => filter(event.target.value)}
          >
            <option value="">{t('helpRequests.all.anyStatus')}</option>
            {statuses.map((value: Status) => (
              <option key={value} value={value}>
                {t(`statuses.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <HelpRequestList query={requests} empty={t('helpRequests.all.empty')} />
    </section>
  );
}
