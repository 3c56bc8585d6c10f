import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/Field';
import { InPageLink } from '../../../components/ui/InPageLink';
import { LiveMessage } from '../../../components/ui/LiveMessage';
import { ApiError } from '../../../lib/api';
import { useIsCoordinator } from '../../auth/api';
import { useReferral, type HelpRequest } from '../api';
import { PartnerField } from '../PartnerField';
import { ChangeError } from './ChangeError';
import { CONSENTS_HEADING } from './Consents';

/** Refers the request to a partner organisation, for a coordinator, when its status allows it. */
export function ReferralSection({ request }: { request: HelpRequest }) {
  const { t } = useTranslation();
  const canRefer = useIsCoordinator();
  const refer = useReferral(request.id);
  const open = request.allowedTransitions.includes('Referred');
  // Keep saying how the referral went, also once the reloaded request allows no new one.
  if (!canRefer || (!open && refer.isIdle)) return null;
  // A conflict is mostly a missing consent; the API's detail says which.
  const conflict = refer.error instanceof ApiError && refer.error.status === 409;

  return (
    <section aria-labelledby="referral">
      <h2 id="referral">{t('referral.title')}</h2>
      {open && (
        <ReferralForm refer={refer} category={request.categoryCode} sector={request.sectorCode} />
      )}
      <LiveMessage>{refer.isSuccess && t('referral.done')}</LiveMessage>
      <ChangeError error={refer.error} />
      {conflict && (
        <p>
          <InPageLink to={CONSENTS_HEADING}>{t('referral.toConsents')}</InPageLink>
        </p>
      )}
    </section>
  );
}

function ReferralForm({
  refer,
  category,
  sector,
}: {
  refer: ReturnType<typeof useReferral>;
  category: string;
  sector: string;
}) {
  const { t } = useTranslation();
  const [partnerId, setPartnerId] = useState('');
  const [note, setNote] = useState('');
  const [missingPartner, setMissingPartner] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMissingPartner(!partnerId);
    if (!partnerId) return document.getElementById('referral-partner')?.focus();
    refer.mutate({ partnerOrganisationId: partnerId, note: note.trim() || null });
  }

  return (
    <form className="form panel" noValidate onSubmit={submit}>
      <p>{t('referral.intro')}</p>
      <PartnerField
        id="referral-partner"
        label={t('referral.partner')}
        emptyOption={t('intake.placeholders.choose')}
        value={partnerId}
        onChange={setPartnerId}
        suggestCategory={category}
        suggestSectorCode={sector}
        error={missingPartner && !partnerId ? t('referral.partnerRequired') : undefined}
      />
      <Field id="referral-note" label={t('referral.note')} hint={t('referral.noteHint')}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={refer.isPending}>
        {t('referral.submit')}
      </button>
    </form>
  );
}
