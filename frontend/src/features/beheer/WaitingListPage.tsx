import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/Page';
import { QueryState } from '../../components/ui/QueryState';
import { HelpRequestCard } from '../hulpvragen/HelpRequestCard';
import { useWaitingList } from './api';

export function WaitingListPage() {
  const { t } = useTranslation();
  const waitingList = useWaitingList();
  return (
    <Page title={t('waitingList.title')}>
      <p>{t('waitingList.intro')}</p>
      <QueryState query={waitingList}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('waitingList.empty')}</p>
          ) : (
            <ol className="card-list">
              {items.map((request) => (
                <li key={request.id}>
                  <HelpRequestCard request={request} />
                </li>
              ))}
            </ol>
          )
        }
      </QueryState>
    </Page>
  );
}
