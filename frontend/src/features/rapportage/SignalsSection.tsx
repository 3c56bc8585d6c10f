import { useTranslation } from 'react-i18next';
import { useCategoryName } from '../hulpvragen/api';
import type { Dashboard } from './api';
import { ReportBlock } from './ReportBlock';
import { ChartFigure, HorizontalBars } from './charts';
import { CountValue } from './CountValue';
import { useReportFormat } from './reportFormat';

/** The signals per theme as a table, with their total. */
function SignalsTable({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const themeName = useCategoryName();
  return (
    <table className="table">
      <caption>{t('reporting.signals.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('signals.theme')}</th>
          <th scope="col">{t('reporting.signals.count')}</th>
        </tr>
      </thead>
      <tbody>
        {dashboard.signalsByTheme.map(({ theme, count }) => (
          <tr key={theme}>
            <th scope="row">{themeName(theme)}</th>
            <td className="number">
              <CountValue count={count} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('reporting.total')}</th>
          <td className="number">
            <CountValue count={dashboard.signals} />
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

/** The signals raised in the period (from requests without an offer and from field work), per theme. */
export function SignalsSection({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const themeName = useCategoryName();
  const title = t('reporting.signals.title');
  return (
    <ReportBlock id="signals" title={title}>
      {dashboard.signalsByTheme.length === 0 ? (
        <p className="muted">{t('reporting.signals.none')}</p>
      ) : (
        <ChartFigure
          title={title}
          chart={(labelledBy) => (
            <HorizontalBars
              labelledBy={labelledBy}
              bars={dashboard.signalsByTheme.map(({ theme, count }) => ({
                key: theme,
                label: themeName(theme),
                value: count.value,
                text: format.count(count),
              }))}
            />
          )}
          table={<SignalsTable dashboard={dashboard} />}
        />
      )}
    </ReportBlock>
  );
}
