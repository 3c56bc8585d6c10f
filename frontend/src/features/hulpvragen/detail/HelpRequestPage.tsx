import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Fact } from '../../../components/ui/Fact';
import { Page } from '../../../components/ui/Page';
import { QueryState } from '../../../components/ui/QueryState';
import { useFormat } from '../../../lib/format';
import { useIsCoordinator } from '../../auth/api';
import { useCategoryName, useHelpRequest, type HelpRequest } from '../api';
import { useTextLabel } from '../labels';
import { StatusBadge } from '../StatusBadge';
import { CandidatesSection } from '../../vrijwilligers/matching/CandidatesSection';
import { MatchesSection } from '../../vrijwilligers/matching/MatchesSection';
import { Consents } from './Consents';
import { RecordFirstContact } from './RecordFirstContact';
import { FollowUps } from './FollowUps';
import { ReferralSection } from './ReferralSection';
import { StatusChange } from './StatusChange';
import { Timeline } from './Timeline';
import { TriageSection } from './TriageSection';

export function HelpRequestPage() {
  const { t } = useTranslation();
  // The route path /hulpvragen/:id guarantees the parameter.
  const { id } = useParams() as { id: string };
  const helpRequest = useHelpRequest(id);

  return (
    <>
      <Link to="/hulpvragen" className="back-link">
        {t('helpRequests.back')}
      </Link>
      <QueryState query={helpRequest}>{({ data }) => <Details request={data} />}</QueryState>
    </>
  );
}

function Details({ request }: { request: HelpRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const categoryName = useCategoryName();
  const needLabel = useTextLabel('needs');
  const isCoordinator = useIsCoordinator();
  const { resident } = request;

  return (
    <Page title={categoryName(request.categoryCode)}>
      <p className="lead">
        <span>
          {resident.firstName} {resident.lastName}
        </span>
        <StatusBadge status={request.status} />
      </p>
      <p className="pre-line">{request.description}</p>
      <dl className="facts">
        <Fact label={t('intake.fields.urgency')}>{t(`urgencies.${request.urgency}`)}</Fact>
        <Fact label={t('intake.fields.channel')}>{t(`channels.${request.channel}`)}</Fact>
        <Fact label={t('intake.fields.recurrence')}>{t(`recurrences.${request.recurrence}`)}</Fact>
        {request.wishedFrom && (
          <Fact label={t('intake.fields.wishedFrom')}>{format.date(request.wishedFrom)}</Fact>
        )}
        {request.timeWindows.length > 0 && (
          <Fact label={t('intake.fields.timeWindows')}>
            {request.timeWindows
              .map(
                ({ day, from, until }) =>
                  `${t(`weekdays.${day}`)} ${from.slice(0, 5)}–${until.slice(0, 5)}`,
              )
              .join(', ')}
          </Fact>
        )}
        {request.needs.length > 0 && (
          <Fact label={t('intake.fields.needs')}>{request.needs.map(needLabel).join(', ')}</Fact>
        )}
        {request.waitlistPriority !== null && (
          <Fact label={t('helpRequests.detail.waitlistPriority')}>{request.waitlistPriority}</Fact>
        )}
        <Fact label={t('helpRequests.detail.createdAt')}>{format.moment(request.createdAt)}</Fact>
        {request.firstContactAt && (
          <Fact label={t('helpRequests.firstContact.at')}>
            {format.moment(request.firstContactAt)}
          </Fact>
        )}
      </dl>
      {!request.firstContactAt && <RecordFirstContact request={request} />}
      <TriageSection request={request} />
      <ReferralSection request={request} />
      <StatusChange request={request} />
      {isCoordinator && <CandidatesSection request={request} />}
      {isCoordinator && <MatchesSection request={request} />}
      <Timeline entries={request.timeline} />
      {isCoordinator ? (
        <p>
          <Link to={`/beheer/audittrail?entityId=${request.id}`}>
            {t('helpRequests.detail.auditTrail')}
          </Link>
          {' · '}
          <Link to={`/bewoners/${resident.id}/gegevens`}>{t('privacy.link')}</Link>
        </p>
      ) : (
        // A field worker may correct the details, not export or erase them, nor read the audit trail.
        <p>
          <Link to={`/bewoners/${resident.id}/gegevens`}>{t('gaps.correctionLink')}</Link>
        </p>
      )}
      <FollowUps request={request} />
      <Consents residentId={resident.id} />
    </Page>
  );
}
