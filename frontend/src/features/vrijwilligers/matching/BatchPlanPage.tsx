import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../../components/ui/Page';
import { QueryState } from '../../../components/ui/QueryState';
import { useCategoryName, useHelpRequests } from '../../hulpvragen/api';
import { ChangeError } from '../../hulpvragen/detail/ChangeError';
import { AnswerLink } from './AnswerLink';
import { PlanMap } from './PlanMap';
import { useBatchPlan, usePropose, type BatchPlan, type Candidate, type Proposal } from './api';

const points = (score: number) => Math.round(score * 100);

/**
 * The best assignment of volunteers to all requests in Matching at once, beside the greedy one
 * (best candidate first, request by request), to propose part of it, with a map of the pairings.
 */
export function BatchPlanPage() {
  const { t } = useTranslation();
  const plan = useBatchPlan();
  return (
    <>
      <Link to="/vrijwilligers" className="back-link">
        {t('volunteers.back')}
      </Link>
      <Page title={t('volunteers.plan.title')}>
        <p>{t('volunteers.plan.intro')}</p>
        <div className="actions spaced">
          <button
            type="button"
            className="button button--secondary"
            disabled={plan.isFetching}
            onClick={() => void plan.refetch()}
          >
            {t('volunteers.plan.recalculate')}
          </button>
        </div>
        <QueryState query={plan}>{(data) => <Plan plan={data} />}</QueryState>
      </Page>
    </>
  );
}

function Plan({ plan }: { plan: BatchPlan }) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const requests = useHelpRequests('Matching');
  const propose = usePropose({ fresh: true });
  const [proposed, setProposed] = useState<
    { helpRequestId: string; proposal: Proposal; name: string }[]
  >([]);
  const summaries = new Map(
    (requests.data?.pages ?? []).flatMap((page) => page.items).map((item) => [item.id, item]),
  );
  const label = (id: string) => {
    const summary = summaries.get(id);
    return summary
      ? `${categoryName(summary.categoryCode)} · ${summary.residentName}`
      : t('volunteers.plan.request');
  };
  const greedy = new Map(plan.greedy.matches.map((match) => [match.helpRequestId, match]));
  const optimal = new Map(plan.optimal.matches.map((match) => [match.helpRequestId, match]));
  const ids = [
    ...new Set([
      ...plan.optimal.matches.map((match) => match.helpRequestId),
      ...plan.optimal.unassignedRequests,
      ...plan.greedy.matches.map((match) => match.helpRequestId),
    ]),
  ];
  const isProposed = (id: string) => proposed.some((item) => item.helpRequestId === id);
  const cell = (candidate: Candidate | undefined) =>
    candidate ? (
      <>
        {candidate.firstName}{' '}
        <span className="muted">
          {t('volunteers.plan.cell', {
            score: points(candidate.score),
            km: candidate.distanceKm.toFixed(1),
          })}
        </span>
      </>
    ) : (
      <span className="muted">{t('volunteers.plan.nobody')}</span>
    );

  function accept(helpRequestId: string, candidate: Candidate) {
    propose.mutate(
      { helpRequestId, volunteerId: candidate.volunteerId },
      {
        onSuccess: (proposal) =>
          setProposed((list) => [...list, { helpRequestId, proposal, name: candidate.firstName }]),
      },
    );
  }

  return (
    <>
      {proposed.map(({ helpRequestId, proposal, name }) => (
        <AnswerLink key={helpRequestId} proposal={proposal} name={name} />
      ))}
      <ChangeError error={propose.error} />
      {ids.length === 0 ? (
        <p className="notice notice--info">{t('volunteers.plan.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption>{t('volunteers.plan.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('volunteers.plan.request')}</th>
                <th scope="col">{t('volunteers.plan.optimal')}</th>
                <th scope="col">{t('volunteers.plan.greedy')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('volunteers.plan.action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {ids.map((id) => {
                const chosen = optimal.get(id)?.candidate;
                return (
                  <tr key={id}>
                    <th scope="row">
                      <Link to={`/hulpvragen/${id}`}>{label(id)}</Link>
                    </th>
                    <td>{cell(chosen)}</td>
                    <td>{cell(greedy.get(id)?.candidate)}</td>
                    <td>
                      {chosen && !isProposed(id) && (
                        <button
                          type="button"
                          className="button"
                          disabled={propose.isPending}
                          aria-label={t('matching.proposeNamed', { name: chosen.firstName })}
                          onClick={() => accept(id, chosen)}
                        >
                          {t('matching.propose')}
                        </button>
                      )}
                      {isProposed(id) && t('volunteers.plan.done')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('volunteers.plan.total')}</th>
                <td>
                  {t('volunteers.plan.totalCell', {
                    score: points(plan.optimal.totalScore),
                    count: plan.optimal.matches.length,
                  })}
                </td>
                <td>
                  {t('volunteers.plan.totalCell', {
                    score: points(plan.greedy.totalScore),
                    count: plan.greedy.matches.length,
                  })}
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <PlanMap plan={plan} />
      {plan.skipped.length > 0 && (
        <section aria-labelledby="skipped-title">
          <h2 id="skipped-title">{t('volunteers.plan.skipped')}</h2>
          <ul className="card-list">
            {plan.skipped.map((skipped) => (
              <li key={skipped.helpRequestId} className="card">
                <Link to={`/hulpvragen/${skipped.helpRequestId}`}>
                  {label(skipped.helpRequestId)}
                </Link>
                <span>{skipped.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
