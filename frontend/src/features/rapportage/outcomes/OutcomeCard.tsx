import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDelete } from '../../../components/ui/ConfirmDelete';
import { Fact } from '../../../components/ui/Fact';
import { useFormat } from '../../../lib/format';
import { useDeleteOutcome, type Outcome } from './api';
import { SaveError } from './OutcomeForm';

interface OutcomeCardProps {
  outcome: Outcome;
  onEdit: () => void;
  onDeleted: () => void;
}

/** One story: what changed, why it matters, how the network contributed and who told it. */
export function OutcomeCard({ outcome, onEdit, onDeleted }: OutcomeCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const remove = useDeleteOutcome();
  const [confirming, setConfirming] = useState(false);

  return (
    <li className="card">
      <h2 className="card__title">{outcome.title}</h2>
      <span className="card__meta">
        <span>{format.date(outcome.observedOn)}</span>
        <span>{outcome.neighbourhoodName ?? t('outcomes.wholeNetwork')}</span>
        {outcome.types.map((type) => (
          <span key={type} className="badge badge--active">
            {t(`outcomes.types.${type}`)}
          </span>
        ))}
      </span>
      <p className="pre-line">{outcome.change}</p>
      <dl className="facts">
        {outcome.significance && (
          <Fact label={t('outcomes.fields.significance')}>
            <span className="pre-line">{outcome.significance}</span>
          </Fact>
        )}
        {outcome.contribution && (
          <Fact label={t('outcomes.fields.contribution')}>
            <span className="pre-line">{outcome.contribution}</span>
          </Fact>
        )}
        <Fact label={t('outcomes.fields.source')}>{outcome.source}</Fact>
      </dl>
      {outcome.canChange &&
        (confirming ? (
          <ConfirmDelete
            label={t('outcomes.deleteNamed', { title: outcome.title })}
            question={t('outcomes.confirmDelete')}
            confirm={t('outcomes.confirmDeleteButton')}
            cancel={t('outcomes.cancel')}
            pending={remove.isPending}
            error={<SaveError error={remove.error} />}
            onConfirm={() => remove.mutate(outcome, { onSuccess: onDeleted })}
            onCancel={() => {
              remove.reset();
              setConfirming(false);
            }}
          />
        ) : (
          <div className="actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={onEdit}
              aria-label={t('outcomes.editNamed', { title: outcome.title })}
            >
              {t('outcomes.edit')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(true)}
              aria-label={t('outcomes.deleteNamed', { title: outcome.title })}
            >
              {t('outcomes.delete')}
            </button>
          </div>
        ))}
    </li>
  );
}
