import { useTranslation } from 'react-i18next';
import type { ResidentMatch } from '../api';

export function ResidentName({ resident }: { resident: ResidentMatch }) {
  const { t } = useTranslation();
  return (
    <>
      {resident.firstName} {resident.lastName}
      {resident.birthYear && ` (${t('intake.resident.born', { year: resident.birthYear })})`}
    </>
  );
}
