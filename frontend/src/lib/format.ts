import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Date and time formatting in the interface language; moments are shown in Belgian time. */
export function useFormat() {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const moment = new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Brussels',
    });
    const momentDay = new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'medium',
      timeZone: 'Europe/Brussels',
    });
    // A calendar date ("2026-11-23") has no time zone: format it as UTC so it never shifts a day.
    const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
    const languages = new Intl.DisplayNames([i18n.language], { type: 'language' });
    return {
      moment: (iso: string) => moment.format(new Date(iso)),
      /** The day of a moment in Belgium, without the time. */
      dayOf: (iso: string) => momentDay.format(new Date(iso)),
      date: (isoDate: string) => day.format(new Date(`${isoDate}T00:00:00Z`)),
      language: (code: string) => languages.of(code) ?? code,
    };
  }, [i18n.language]);
}

/** Today's date in Belgium as YYYY-MM-DD, as a date input and the API expect it. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
}
