import { useTranslation } from 'react-i18next';
import type { Dashboard } from './api';
import { useKeyFigures } from './keyFigures';

/** The headline figures as cards, each with the previous period's value and the change. */
export function KeyFigureCards({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const figures = useKeyFigures(dashboard);
  return (
    <section aria-labelledby="key-figures">
      <h2 id="key-figures">{t('reporting.keyFigures')}</h2>
      <ul className="key-figures">
        {figures.map((figure) => (
          <li key={figure.id} className="key-figure" data-figure={figure.id}>
            <h3>{figure.title}</h3>
            <p className="key-figure__value">{figure.value}</p>
            {figure.detail && <p className="key-figure__detail">{figure.detail}</p>}
            {figure.previous !== undefined && (
              <dl className="key-figure__compare">
                <div>
                  <dt>{t('reporting.previous')}</dt>
                  <dd>{figure.previous}</dd>
                </div>
                <div>
                  <dt>{t('reporting.change')}</dt>
                  <dd>{figure.change ?? t('reporting.noChange')}</dd>
                </div>
              </dl>
            )}
            {figure.note && <p className="key-figure__note">{figure.note}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
