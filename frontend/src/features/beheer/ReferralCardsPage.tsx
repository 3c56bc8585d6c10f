import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/ui/Field';
import { LiveMessage } from '../../components/ui/LiveMessage';
import { Page } from '../../components/ui/Page';
import { ChangeError } from '../hulpvragen/detail/ChangeError';
import { PartnerField } from '../hulpvragen/PartnerField';
import { useIssueReferralCard } from './api';
import { ReferralCard } from './ReferralCard';

export function ReferralCardsPage() {
  const { t } = useTranslation();
  const issue = useIssueReferralCard();
  const card = issue.data;

  return (
    <Page title={t('referralCards.title')}>
      <p>{t('referralCards.intro')}</p>
      <IssueForm issue={issue} />
      <LiveMessage>{card && t('referralCards.issued', { code: card.code })}</LiveMessage>
      {card && (
        <>
          <ReferralCard card={card} />
          <button type="button" className="button" onClick={() => window.print()}>
            {t('referralCards.print')}
          </button>
        </>
      )}
    </Page>
  );
}

function IssueForm({ issue }: { issue: ReturnType<typeof useIssueReferralCard> }) {
  const { t } = useTranslation();
  const [issuedTo, setIssuedTo] = useState('');
  const [partnerId, setPartnerId] = useState('');
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMissing(!issuedTo.trim());
    if (!issuedTo.trim()) return document.getElementById('card-issued-to')?.focus();
    issue.mutate({ issuedTo: issuedTo.trim(), partnerOrganisationId: partnerId || null });
  }

  return (
    <form className="form panel" noValidate onSubmit={submit}>
      <Field
        id="card-issued-to"
        label={t('referralCards.issuedTo')}
        hint={t('referralCards.issuedToHint')}
        error={missing && !issuedTo.trim() ? t('intake.errors.required') : undefined}
      >
        {(control) => (
          <input
            {...control}
            maxLength={200}
            value={issuedTo}
            onChange={(event) => setIssuedTo(event.target.value)}
          />
        )}
      </Field>
      <PartnerField
        id="card-partner"
        label={t('referralCards.partner')}
        hint={t('intake.hints.optional')}
        emptyOption={t('referralCards.noPartner')}
        value={partnerId}
        onChange={setPartnerId}
      />
      <ChangeError error={issue.error} />
      <button type="submit" className="button" disabled={issue.isPending}>
        {t('referralCards.submit')}
      </button>
    </form>
  );
}
