import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullLink, type Proposal } from './api';

/** The one-time answer link of a proposal, with a copy button: the API shows it only once. */
export function AnswerLink({ proposal, name }: { proposal: Proposal; name: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<boolean | null>(null);
  if (!proposal.answerLink) return null;
  const link = fullLink(proposal.answerLink);
  const id = `answer-link-${proposal.id}`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <div className="notice notice--success">
      <p>{t('matching.proposed', { name })}</p>
      <label htmlFor={id}>{t('matching.link')}</label>
      <p id={`${id}-hint`} className="field__hint">
        {t('matching.linkHint')}
      </p>
      <div className="inline-add">
        <input
          id={id}
          readOnly
          className="wide"
          aria-describedby={`${id}-hint`}
          value={link}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          {t('matching.copy')}
        </button>
      </div>
      <p role="status">
        {copied === true && t('matching.copied')}
        {copied === false && t('matching.copyFailed')}
      </p>
    </div>
  );
}
