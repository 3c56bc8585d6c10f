import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Field } from '../../components/ui/Field';
import { LiveMessage } from '../../components/ui/LiveMessage';
import { LoadMore } from '../../components/ui/LoadMore';
import { Page } from '../../components/ui/Page';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { ChangeError } from '../hulpvragen/detail/ChangeError';
import {
  deliveryStates,
  useReplayDelivery,
  useWebhookDeliveries,
  type WebhookDelivery,
} from './api';

/** The webhook messages to partners' software, dead letters first, with a way to send them again. */
export function DeliveriesPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const state = deliveryStates.find((value) => value === search.get('state')) ?? 'Dead';
  const deliveries = useWebhookDeliveries(state);
  const replay = useReplayDelivery();

  return (
    <Page title={t('deliveries.title')}>
      <p>{t('deliveries.intro')}</p>
      <Field id="delivery-state" label={t('deliveries.state')}>
        {(control) => (
          <select
            {...control}
            value={state}
            onChange={(event) => setSearch({ state: event.target.value }, { replace: true })}
          >
            {deliveryStates.map((value) => (
              <option key={value} value={value}>
                {t(`deliveries.states.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <LiveMessage>
        {replay.isSuccess && t('deliveries.replayed', { partner: replay.data.partnerName })}
      </LiveMessage>
      <ChangeError error={replay.error} />
      <QueryState query={deliveries}>
        {({ pages }) => {
          const items = pages.flatMap((page) => page.items);
          if (items.length === 0) return <p className="muted">{t('deliveries.empty')}</p>;
          return (
            <>
              <DeliveriesTable
                deliveries={items}
                caption={t('deliveries.count', { count: pages[0]!.total })}
                replay={replay}
              />
              <LoadMore query={deliveries} />
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}

interface DeliveriesTableProps {
  deliveries: WebhookDelivery[];
  caption: string;
  replay: ReturnType<typeof useReplayDelivery>;
}

function DeliveriesTable({ deliveries, caption, replay }: DeliveriesTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    // Scrolls sideways on its own on a narrow screen; focusable so that works by keyboard too.
    <div className="table-scroll" role="region" aria-labelledby="deliveries-caption" tabIndex={0}>
      <table className="table">
        <caption id="deliveries-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('deliveries.partner')}</th>
            <th scope="col">{t('deliveries.event')}</th>
            <th scope="col">{t('deliveries.status')}</th>
            <th scope="col">{t('deliveries.attempts')}</th>
            <th scope="col">{t('deliveries.lastError')}</th>
            <th scope="col">{t('deliveries.createdAt')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('deliveries.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((delivery) => (
            <tr key={delivery.id}>
              <td className="table__wide">
                {delivery.partnerName}
                <br />
                <span className="muted break-anywhere">{delivery.subscriptionUrl}</span>
              </td>
              <td className="break-anywhere">{delivery.eventType}</td>
              <td>{t(`deliveries.states.${delivery.state}`)}</td>
              <td>{delivery.attempts}</td>
              <td className="table__wide break-anywhere">{delivery.lastError}</td>
              <td>{format.moment(delivery.createdAt)}</td>
              <td>
                {delivery.state === 'Dead' && (
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={replay.isPending}
                    onClick={() => replay.mutate(delivery.id)}
                  >
                    {t('deliveries.replay')}
                    <span className="visually-hidden">
                      : {delivery.eventType}, {delivery.partnerName}
                    </span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
