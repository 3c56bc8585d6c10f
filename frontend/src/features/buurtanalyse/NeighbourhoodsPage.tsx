import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/ui/Page';
import { QueryState } from '../../components/ui/QueryState';
import { useCanAnalyse } from './access';
import { useNeighbourhoods } from './api';

export function NeighbourhoodsPage() {
  const { t } = useTranslation();
  const neighbourhoods = useNeighbourhoods();
  const canAnalyse = useCanAnalyse();

  return (
    <Page title={t('nav.neighbourhoodAnalysis')}>
      <p className="muted">{t('neighbourhoods.intro')}</p>
      {canAnalyse && (
        <p>
          <Link to="import" className="button button--secondary">
            {t('imports.open')}
          </Link>
        </p>
      )}
      <QueryState query={neighbourhoods}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('neighbourhoods.empty')}</p>
          ) : (
            <ul className="card-list">
              {items.map((neighbourhood) => (
                <li key={neighbourhood.id}>
                  <Link to={neighbourhood.id} className="card card--link">
                    <span className="card__title">{neighbourhood.name}</span>
                    <span className="muted">
                      {neighbourhood.municipalityName} ·{' '}
                      {t('neighbourhoods.sectorCount', { count: neighbourhood.sectorCount })}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </Page>
  );
}
