import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { useCurrentUser } from '../../auth/api';
import type { HelpRequest } from '../api';

export function Timeline({ entries }: { entries: HelpRequest['timeline'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useCurrentUser().data?.id;

  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline">{t('helpRequests.timeline.title')}</h2>
      <ol className="timeline">
        {entries.map((entry) => (
          <li key={`${entry.at}-${entry.to}`}>
            <p className="timeline__step">
              {entry.from
                ? t('helpRequests.timeline.step', {
                    from: t(`statuses.${entry.from}`),
                    to: t(`statuses.${entry.to}`),
                  })
                : t(`statuses.${entry.to}`)}
            </p>
            <p className="muted">
              <time dateTime={entry.at}>{format.moment(entry.at)}</time> ·{' '}
              {entry.by === me
                ? t('helpRequests.timeline.byMe')
                : entry.byName
                  ? t('helpRequests.timeline.byName', { name: entry.byName })
                  : t('helpRequests.timeline.byOther')}
            </p>
            <p>{entry.reason}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
