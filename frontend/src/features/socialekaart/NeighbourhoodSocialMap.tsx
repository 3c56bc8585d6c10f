import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../components/ui/QueryState';
import { useCurrentUser } from '../auth/api';
import { useSocialMap } from './api';
import { ActorContact } from './SocialMapPage';

const readingRoles = new Set(['Admin', 'Coordinator', 'FieldWorker', 'Analyst']);

/** The active actors of the sociale kaart that serve a neighbourhood (or the whole network). */
export function NeighbourhoodSocialMap({ id }: { id: string }) {
  const { t } = useTranslation();
  const role = useCurrentUser().data?.role;
  const allowed = role !== undefined && readingRoles.has(role);
  const actors = useSocialMap({ neighbourhoodId: id }, { enabled: allowed });
  const heading = useId();
  if (!allowed) return null;

  return (
    <section className="report-section" aria-labelledby={heading}>
      <h2 id={heading}>{t('socialMap.title')}</h2>
      <QueryState query={actors}>
        {({ items }) => {
          const active = items.filter((actor) => actor.isActive);
          return active.length === 0 ? (
            <p>{t('socialMap.noneHere')}</p>
          ) : (
            <ul className="plain-list">
              {active.map((actor) => (
                <li key={actor.id}>
                  <strong>{actor.name}</strong> ({t(`socialMap.kinds.${actor.kind}`)})
                  <ActorContact actor={actor} />
                </li>
              ))}
            </ul>
          );
        }}
      </QueryState>
      <p className="no-print">
        <Link to="/sociale-kaart">{t('socialMap.open')}</Link>
      </p>
    </section>
  );
}
