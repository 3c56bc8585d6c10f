import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import nl from './nl.json';

export const languages = ['nl-BE', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'warmewijk.language';

function storedLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return languages.find((language) => language === stored) ?? 'nl-BE';
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  localStorage.setItem(STORAGE_KEY, language);
});

void i18n.use(initReactI18next).init({
  resources: {
    'nl-BE': { translation: nl },
    // `satisfies` makes a key missing from the English file a type error.
    en: { translation: en satisfies typeof nl },
  },
  lng: storedLanguage(),
  fallbackLng: 'nl-BE',
  // Resources are bundled, so initialise synchronously: the first render is already translated.
  initAsync: false,
  interpolation: { escapeValue: false },
});

export default i18n;
