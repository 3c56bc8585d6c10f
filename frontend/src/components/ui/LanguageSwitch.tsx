import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../lib/i18n';

const labels: Record<Language, string> = { 'nl-BE': 'NL', en: 'EN' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();

  return (
    <div role="group" aria-label={t('language.label')} className="language-switch">
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {labels[language]}
        </button>
      ))}
    </div>
  );
}
