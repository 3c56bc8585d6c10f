import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../../components/ui/LiveMessage';
import { QueryState } from '../../../components/ui/QueryState';
import { useFormat } from '../../../lib/format';
import { useConsentChange, useResident, type Consent, type ConsentPurpose } from '../api';
import { consentPurposes } from '../intake/draft';
import { ChangeError } from './ChangeError';

/** The id of this section's heading, for links that lead here. */
export const CONSENTS_HEADING = 'consents';

/** What the resident consented to, per purpose, with the means to give or withdraw it. */
export function Consents({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const resident = useResident(residentId);
  const change = useConsentChange(residentId);
  const changed = change.isSuccess ? change.variables : undefined;

  return (
    <section aria-labelledby={CONSENTS_HEADING}>
      <h2 id={CONSENTS_HEADING} tabIndex={-1}>
        {t('consents.title')}
      </h2>
      <QueryState query={resident}>
        {({ consents }) => (
          <ul className="plain-list">
            {consentPurposes.map((purpose) => {
              const consent = newest(consents, purpose);
              const given = consent !== undefined && !consent.withdrawnAt;
              return (
                <li key={purpose} className="consent">
                  <ConsentState purpose={purpose} consent={consent} />
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={change.isPending}
                    onClick={() => change.mutate({ purpose, given: !given })}
                  >
                    {t(given ? 'consents.withdraw' : 'consents.give')}
                    <span className="visually-hidden">
                      : {t(`consentPurposes.${purpose}.label`)}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </QueryState>
      <LiveMessage>
        {changed &&
          t(changed.given ? 'consents.given' : 'consents.withdrawn', {
            purpose: t(`consentPurposes.${changed.purpose}.label`),
          })}
      </LiveMessage>
      <ChangeError error={change.error} />
    </section>
  );
}

/**
 * The newest consent record for a purpose: the active one if there is one, as consent can only be
 * given again after it was withdrawn; otherwise the last withdrawn one.
 */
function newest(consents: Consent[], purpose: ConsentPurpose): Consent | undefined {
  return consents
    .filter((consent) => consent.purpose === purpose)
    .sort((a, b) => Date.parse(b.givenAt) - Date.parse(a.givenAt))[0];
}

function ConsentState({ purpose, consent }: { purpose: ConsentPurpose; consent?: Consent }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <span>
      <strong>{t(`consentPurposes.${purpose}.label`)}</strong>
      <span className="muted">{t(`consentPurposes.${purpose}.explanation`)}</span>
      <span>
        {!consent
          ? t('consents.none')
          : consent.withdrawnAt
            ? t('consents.withdrawnAt', { moment: format.moment(consent.withdrawnAt) })
            : t('consents.givenAt', { moment: format.moment(consent.givenAt) })}
      </span>
    </span>
  );
}
