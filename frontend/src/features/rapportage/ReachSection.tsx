import { useTranslation } from 'react-i18next';
import type { Dashboard, ReachGroup } from './api';
import { ReportBlock } from './ReportBlock';
import { ChartFigure, HorizontalBars } from './charts';
import { CountValue, Derived } from './CountValue';
import { useReportFormat } from './reportFormat';

type GroupName =
  | 'age0To24'
  | 'age25To64'
  | 'age65To79'
  | 'age80Plus'
  | 'ageUnknown'
  | 'age65Plus'
  | 'isolatedElderly'
  | 'otherFirstLanguage';

/** The residents reached, per group, against the group's population in the neighbourhoods. */
function ReachTable({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const { reach } = dashboard;
  const groupName = (group: ReachGroup) => t(`reporting.reach.groups.${group.group as GroupName}`);

  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={t('reporting.reach.table')}
    >
      <table className="table">
        <caption>{t('reporting.reach.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reporting.reach.group')}</th>
            <th scope="col">{t('reporting.reach.reached')}</th>
            <th scope="col">{t('reporting.reach.population')}</th>
            <th scope="col">{t('reporting.reach.share')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('reporting.reach.residentsReached')}</th>
            <td className="number">
              <CountValue count={reach.residentsReached} />
            </td>
            <td />
            <td />
          </tr>
          {reach.groups.map((group) => (
            <tr key={group.group}>
              <th scope="row">{groupName(group)}</th>
              <td className="number">
                <CountValue count={group.reached} />
              </td>
              <td className="number">
                {group.population === null
                  ? t('reporting.reach.noPopulation')
                  : t('reporting.reach.populationIn', {
                      count: group.population,
                      value: format.number(group.population),
                      year: group.populationYear,
                    })}
              </td>
              <td className="number">
                {group.population !== null && <Derived value={group.share} format={format.rate} />}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('reporting.reach.alsoVolunteering')}</th>
            <td className="number">
              <CountValue count={reach.alsoVolunteering} />
            </td>
            <td />
            <td />
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** Reach against the population: the share of each group reached, and the table beside it. */
export function ReachSection({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  // Drawn when at least one share is known; a group with a hidden share then has no bar.
  const compared = dashboard.reach.groups.filter((group) => group.population !== null);
  const drawn = compared.some((group) => group.share !== null);
  const title = t('reporting.reach.title');

  return (
    <ReportBlock id="reach" title={title} intro={t('reporting.reach.intro')}>
      <ChartFigure
        title={t('reporting.reach.chart')}
        tableShown
        chart={(labelledBy) =>
          drawn && (
            <HorizontalBars
              labelledBy={labelledBy}
              bars={compared.map((group) => ({
                key: group.group,
                label: t(`reporting.reach.groups.${group.group as GroupName}`),
                value: group.share,
                text: group.share === null ? '—' : format.rate(group.share),
              }))}
            />
          )
        }
        table={<ReachTable dashboard={dashboard} />}
      />
      <p className="muted small">{t('reporting.reach.note')}</p>
    </ReportBlock>
  );
}
