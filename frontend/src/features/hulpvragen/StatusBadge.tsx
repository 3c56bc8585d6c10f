import { useTranslation } from 'react-i18next';
import type { Status } from './api';

export const statuses = [
  'New',
  'Triaged',
  'Waitlisted',
  'Matching',
  'Proposed',
  'Matched',
  'InProgress',
  'Completed',
  'Referred',
  'AcceptedByPartner',
  'Closed',
  'Cancelled',
  'ClosedNoOffer',
] as const satisfies readonly Status[];

const finished = new Set<Status>(['Completed', 'Closed', 'Cancelled', 'ClosedNoOffer']);

export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  const tone = status === 'New' ? 'new' : finished.has(status) ? 'done' : 'active';
  return <span className={`badge badge--${tone}`}>{t(`statuses.${status}`)}</span>;
}
