import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useResidentMatches, type MatchCriteria, type ResidentMatch } from '../api';
import { useTextLabel } from '../labels';
import type { Draft } from './draft';
import { ResidentName } from './ResidentName';

/** What to look for, once there is enough of a name, phone number or address to go on. */
function matchCriteria(draft: Draft): MatchCriteria | null {
  const text = {
    lastName: draft.lastName.trim(),
    firstName: draft.firstName.trim(),
    phone: draft.phone.trim(),
    street: draft.street.trim(),
    houseNumber: draft.houseNumber.trim(),
    postalCode: draft.postalCode.trim(),
  };
  const enough =
    text.lastName.length >= 2 ||
    text.phone.replace(/\D/g, '').length >= 6 ||
    (text.street.length >= 3 && text.houseNumber !== '');
  if (!enough) return null;
  const criteria: MatchCriteria = Object.fromEntries(
    Object.entries(text).filter(([, value]) => value !== ''),
  );
  if (/^\d{4}$/.test(draft.birthYear)) criteria.birthYear = Number(draft.birthYear);
  return criteria;
}

/** The value once it has stopped changing for a moment, so typing a name asks the API once. */
function useDebounced<T>(value: T, delay = 400): T {
  const key = JSON.stringify(value);
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(key), delay);
    return () => clearTimeout(timer);
  }, [key, delay]);
  return useMemo(() => JSON.parse(settled) as T, [settled]);
}

/** Residents the network may already know, offered instead of creating a duplicate. */
export function ResidentMatches({
  draft,
  onPick,
}: {
  draft: Draft;
  onPick: (resident: ResidentMatch) => void;
}) {
  const { t } = useTranslation();
  const reasonLabel = useTextLabel('matchReasons');
  const criteria = useDebounced(matchCriteria(draft));
  const matches = useResidentMatches(criteria);
  const items = (criteria && matches.data?.items) || [];

  return (
    <>
      <p role="status" className="visually-hidden">
        {items.length > 0 && t('intake.matches.found', { count: items.length })}
      </p>
      {items.length > 0 && (
        <section className="matches" aria-labelledby="intake-matches">
          <h3 id="intake-matches">{t('intake.matches.title')}</h3>
          <p className="muted">{t('intake.matches.intro')}</p>
          <ul className="card-list">
            {items.map((resident) => (
              <li key={resident.id} className="card">
                <span className="card__title">
                  <ResidentName resident={resident} />
                </span>
                <span>
                  {resident.street} {resident.houseNumber}, {resident.postalCode}
                </span>
                <span className="muted">{resident.reasons.map(reasonLabel).join(' · ')}</span>
                <button type="button" className="button" onClick={() => onPick(resident)}>
                  {t('intake.matches.pick', {
                    name: `${resident.firstName} ${resident.lastName}`,
                  })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
