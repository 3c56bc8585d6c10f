import { useTranslation } from 'react-i18next';
import { Fact } from '../../components/ui/Fact';
import { useFormat } from '../../lib/format';
import { useCurrentUser } from '../auth/api';
import { usePartners } from '../hulpvragen/api';
import type { ReferralCard as Card } from './api';

/**
 * A referral card as a professional hands it to a resident. Printing the page prints only this
 * card, on a page of its own the size of an A6 card (see the print rules in styles.css).
 */
export function ReferralCard({ card }: { card: Card }) {
  const { t } = useTranslation();
  const format = useFormat();
  const network = useCurrentUser().data?.network.name;
  const partner = usePartners().data?.items.find(({ id }) => id === card.partnerOrganisationId);

  return (
    <article className="referral-card" aria-labelledby="referral-card-title">
      <p className="referral-card__sender">
        <span className="brand">{t('app.name')}</span>
        <span>{network}</span>
      </p>
      <h2 id="referral-card-title">{t('referralCards.card.title')}</h2>
      <p className="referral-card__code">{card.code}</p>
      <p className="referral-card__text">{t('referralCards.card.instructions')}</p>
      <dl className="referral-card__facts">
        <Fact label={t('referralCards.card.referredBy')}>
          {partner ? `${card.issuedTo}, ${partner.name}` : card.issuedTo}
        </Fact>
        <Fact label={t('referralCards.card.issuedAt')}>{format.dayOf(card.issuedAt)}</Fact>
      </dl>
    </article>
  );
}
