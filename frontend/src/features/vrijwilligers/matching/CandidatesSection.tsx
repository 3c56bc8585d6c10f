import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import type { HelpRequest } from '../../hulpvragen/api';
import { ChangeError } from '../../hulpvragen/detail/ChangeError';
import { AnswerLink } from './AnswerLink';
import { useCandidates, usePropose, type Candidate, type Proposal } from './api';

/**
 * For a request in Matching: the ranked volunteers with the reasons for their score, the excluded
 * ones on demand, and a proposal per candidate. The answer link stays on screen after proposing,
 * also once the request has moved on to Proposed.
 */
export function CandidatesSection({ request }: { request: HelpRequest }) {
  const { t, i18n } = useTranslation();
  const [proposal, setProposal] = useState<{ proposal: Proposal; name: string } | null>(null);
  const matching = request.status === 'Matching';
  const candidates = useCandidates(request.id, { enabled: matching });
  const propose = usePropose();
  const [showExcluded, setShowExcluded] = useState(false);
  const say = (reason: { nl: string; en: string }) =>
    i18n.language === 'en' ? reason.en : reason.nl;

  if (!matching && !proposal) return null;

  function choose(candidate: Candidate) {
    propose.mutate(
      { helpRequestId: request.id, volunteerId: candidate.volunteerId },
      { onSuccess: (made) => setProposal({ proposal: made, name: candidate.firstName }) },
    );
  }

  return (
    <section aria-labelledby="candidates-title">
      <h2 id="candidates-title">{t('matching.title')}</h2>
      {proposal && <AnswerLink proposal={proposal.proposal} name={proposal.name} />}
      <ChangeError error={propose.error} />
      {matching && candidates.isPending && (
        <p role="status" className="muted">
          {t('status.loading')}
        </p>
      )}
      {candidates.isError && (
        <p role="alert" className="notice notice--error">
          {candidates.error instanceof ApiError && candidates.error.problem?.detail
            ? candidates.error.problem.detail
            : t('status.error')}
        </p>
      )}
      {matching && candidates.data && !proposal && (
        <>
          {candidates.data.fromSectorCentre && (
            <p className="notice notice--info">{t('matching.fromSectorCentre')}</p>
          )}
          {candidates.data.candidates.length === 0 ? (
            <p className="notice notice--info">{t('matching.none')}</p>
          ) : (
            <ol className="card-list">
              {candidates.data.candidates.map((candidate) => (
                <li key={candidate.volunteerId} className="card">
                  <span className="card__title">{candidate.firstName}</span>
                  <span className="card__meta">
                    <span>{t('matching.distance', { km: candidate.distanceKm.toFixed(1) })}</span>
                    <label className="score">
                      <span>
                        {t('matching.score', { score: Math.round(candidate.score * 100) })}
                      </span>
                      <meter
                        min={0}
                        max={1}
                        low={0.34}
                        high={0.67}
                        optimum={1}
                        value={candidate.score}
                      />
                    </label>
                  </span>
                  <ul className="plain-list">
                    {candidate.breakdown.map((part) => (
                      <li key={part.code}>{say(part)}</li>
                    ))}
                  </ul>
                  <div className="actions">
                    <button
                      type="button"
                      className="button"
                      disabled={propose.isPending}
                      onClick={() => choose(candidate)}
                      aria-label={t('matching.proposeNamed', { name: candidate.firstName })}
                    >
                      {t('matching.propose')}
                    </button>
                  </div>
                </li>
              ))}
            </ol>
          )}
          {(candidates.data.excluded?.length ?? 0) > 0 && (
            <>
              <button
                type="button"
                className="button button--secondary"
                aria-expanded={showExcluded}
                aria-controls="excluded-volunteers"
                onClick={() => setShowExcluded(!showExcluded)}
              >
                {showExcluded
                  ? t('matching.hideExcluded')
                  : t('matching.showExcluded', { count: candidates.data.excluded?.length ?? 0 })}
              </button>
              <ul id="excluded-volunteers" className="card-list" hidden={!showExcluded}>
                {candidates.data.excluded?.map((volunteer) => (
                  <li key={volunteer.volunteerId} className="card">
                    <span className="card__title">{volunteer.firstName}</span>
                    <span className="muted">
                      {t('matching.distance', { km: volunteer.distanceKm.toFixed(1) })}
                    </span>
                    <ul className="plain-list">
                      {volunteer.reasons.map((reason) => (
                        <li key={reason.code}>{say(reason)}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
