import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Fact } from '../../components/ui/Fact';
import { Field } from '../../components/ui/Field';
import { LanguageSwitch } from '../../components/ui/LanguageSwitch';
import { Page } from '../../components/ui/Page';
import { ApiError } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useAnswerOffer, useMatchOffer, type MatchOffer } from './api';

/**
 * The page behind the link a coordinator sends a volunteer (/aanbod/:token): no sign-in, made for
 * a phone. It shows only what the API returns for the link, and takes a yes or a no.
 */
export function OfferPage() {
  const { t } = useTranslation();
  // The route path /aanbod/:token guarantees the parameter.
  const { token } = useParams() as { token: string };
  const offer = useMatchOffer(token);

  let content;
  if (offer.isPending) {
    content = (
      <p role="status" className="muted">
        {t('status.loading')}
      </p>
    );
  } else if (offer.isError) {
    const unknown = offer.error instanceof ApiError && offer.error.status === 404;
    content = (
      <Page title={unknown ? t('offer.unknownTitle') : t('offer.title')}>
        <p role="alert" className="notice notice--error">
          {unknown ? t('offer.unknown') : t('status.error')}
        </p>
        {!unknown && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void offer.refetch()}
          >
            {t('status.retry')}
          </button>
        )}
      </Page>
    );
  } else {
    content = <Offer token={token} offer={offer.data} />;
  }

  return (
    <>
      <header className="login__header">
        <p className="brand">{t('app.name')}</p>
        <LanguageSwitch />
      </header>
      <main className="login__main">{content}</main>
    </>
  );
}

function Offer({ token, offer }: { token: string; offer: MatchOffer }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const answer = useAnswerOffer(token);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const open = offer.status === 'Proposed';
  const conflict = answer.error instanceof ApiError && answer.error.status === 409;

  return (
    <Page title={t('offer.title')}>
      <p className="lead">{t('offer.greeting', { name: offer.volunteerFirstName })}</p>
      <p>
        {t('offer.intro', {
          resident: offer.residentFirstName,
          category: i18n.language === 'en' ? offer.categoryEn : offer.categoryNl,
        })}
      </p>
      <dl className="facts">
        <Fact label={t('offer.where')}>
          {[offer.street, offer.houseNumber].filter(Boolean).join(' ')}, {offer.municipality}
        </Fact>
        {offer.timeWindows.length > 0 && (
          <Fact label={t('offer.when')}>
            {offer.timeWindows
              .map(
                ({ day, from, until }) =>
                  `${t(`weekdays.${day}`)} ${from.slice(0, 5)}–${until.slice(0, 5)}`,
              )
              .join(', ')}
          </Fact>
        )}
        {offer.wishedFrom && <Fact label={t('offer.from')}>{format.date(offer.wishedFrom)}</Fact>}
        {open && <Fact label={t('offer.answerBy')}>{format.moment(offer.answerBy)}</Fact>}
      </dl>
      {!offer.houseNumber && open && <p className="muted">{t('offer.addressLater')}</p>}

      <div role="status">
        {!open && (
          <p
            className={`notice ${offer.status === 'Accepted' ? 'notice--success' : 'notice--info'}`}
          >
            {t(`offer.outcome.${offer.status}`)}
          </p>
        )}
      </div>
      {conflict && (
        <p role="alert" className="notice notice--error">
          {t('offer.conflict')}
        </p>
      )}
      {answer.isError && !conflict && (
        <p role="alert" className="notice notice--error">
          {t('offer.failed')}
        </p>
      )}

      {open && !declining && (
        <div className="offer-actions">
          <button
            type="button"
            className="button button--block button--large"
            disabled={answer.isPending}
            onClick={() => answer.mutate({ accept: true, reason: null })}
          >
            {t('offer.accept')}
          </button>
          <button
            type="button"
            className="button button--secondary button--block button--large"
            disabled={answer.isPending}
            onClick={() => setDeclining(true)}
          >
            {t('offer.decline')}
          </button>
        </div>
      )}
      {open && declining && (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            answer.mutate({ accept: false, reason: reason.trim() || null });
          }}
        >
          <Field id="offer-reason" label={t('offer.reason')} hint={t('offer.reasonHint')}>
            {(control) => (
              <textarea
                {...control}
                rows={3}
                maxLength={500}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
            )}
          </Field>
          <div className="offer-actions">
            <button
              type="submit"
              className="button button--block button--large"
              disabled={answer.isPending}
            >
              {t('offer.confirmDecline')}
            </button>
            <button
              type="button"
              className="button button--secondary button--block button--large"
              onClick={() => setDeclining(false)}
            >
              {t('offer.back')}
            </button>
          </div>
        </form>
      )}
    </Page>
  );
}
