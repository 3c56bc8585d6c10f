import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Fact } from '../../../components/ui/Fact';
import { useFormat } from '../../../lib/format';
import { useCategoryName } from '../api';
import { useTextLabel } from '../labels';
import type { Draft, StepId } from './draft';
import { ResidentName } from './ResidentName';

export function ReviewStep({ draft, goTo }: { draft: Draft; goTo: (step: StepId) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const categoryName = useCategoryName();
  const needLabel = useTextLabel('needs');
  const none = t('intake.review.none');
  const list = (items: string[]) => (items.length ? items.join(', ') : none);
  const section = (step: StepId, children: ReactNode) => (
    <Section title={t(`intake.steps.${step}`)} onEdit={() => goTo(step)}>
      {children}
    </Section>
  );

  return (
    <>
      <p className="muted">{t('intake.review.intro')}</p>
      {draft.resident
        ? section(
            'resident',
            <Fact label={t('intake.review.resident')}>
              <ResidentName resident={draft.resident} />
            </Fact>,
          )
        : section(
            'resident',
            <>
              <Fact label={t('intake.review.name')}>
                {draft.firstName} {draft.lastName}
              </Fact>
              <Fact label={t('intake.fields.birthYear')}>{draft.birthYear || none}</Fact>
              <Fact label={t('intake.fields.phone')}>{draft.phone || none}</Fact>
            </>,
          )}
      {!draft.resident &&
        section(
          'address',
          <>
            <Fact label={t('intake.review.address')}>
              {draft.street} {draft.houseNumber}
              {draft.box && ` ${t('intake.review.box', { box: draft.box })}`}, {draft.postalCode}{' '}
              {draft.municipality}
            </Fact>
            <Fact label={t('intake.fields.sector')}>{draft.sectorCode}</Fact>
          </>,
        )}
      {!draft.resident &&
        section(
          'contact',
          <>
            <Fact label={t('intake.fields.languages')}>
              {list(draft.languages.map(format.language))}
            </Fact>
            <Fact label={t('intake.fields.contactPreference')}>
              {t(`contactPreferences.${draft.contactPreference}`)}
              {draft.contactPreference === 'Email' && ` (${draft.email})`}
            </Fact>
            <Fact label={t('intake.fields.consents')}>
              {list(draft.consents.map((purpose) => t(`consentPurposes.${purpose}.label`)))}
            </Fact>
          </>,
        )}
      {section(
        'request',
        <>
          <Fact label={t('intake.fields.channel')}>
            {draft.channel && t(`channels.${draft.channel}`)}
            {draft.referralCardCode && ` (${draft.referralCardCode})`}
          </Fact>
          <Fact label={t('intake.fields.category')}>{categoryName(draft.categoryCode)}</Fact>
          <Fact label={t('intake.fields.description')}>
            <span className="pre-line">{draft.description}</span>
          </Fact>
          <Fact label={t('intake.fields.urgency')}>{t(`urgencies.${draft.urgency}`)}</Fact>
        </>,
      )}
      {section(
        'when',
        <>
          <Fact label={t('intake.fields.recurrence')}>{t(`recurrences.${draft.recurrence}`)}</Fact>
          <Fact label={t('intake.fields.wishedFrom')}>
            {draft.wishedFrom ? format.date(draft.wishedFrom) : none}
          </Fact>
          <Fact label={t('intake.fields.timeWindows')}>
            {list(
              draft.timeWindows.map(
                ({ day, from, until }) => `${t(`weekdays.${day}`)} ${from}–${until}`,
              ),
            )}
          </Fact>
          <Fact label={t('intake.fields.needs')}>{list(draft.needs.map(needLabel))}</Fact>
        </>,
      )}
    </>
  );
}

function Section({
  title,
  onEdit,
  children,
}: {
  title: string;
  onEdit: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="review">
      <div className="review__head">
        <h3>{title}</h3>
        <button type="button" className="link-button" onClick={onEdit}>
          {t('intake.review.edit')}
          <span className="visually-hidden">: {title}</span>
        </button>
      </div>
      <dl>{children}</dl>
    </section>
  );
}
