import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../components/ui/LiveMessage';
import { QueryState } from '../../components/ui/QueryState';
import { ApiError } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useCurrentUser } from '../auth/api';
import { useNeighbourhoodSignals, useRecordSignal } from './api';

// The roles that may read a neighbourhood's signals, and those that may record one from field work.
const readingRoles = new Set(['Coordinator', 'Analyst', 'FieldWorker']);
const recordingRoles = new Set(['Coordinator', 'FieldWorker']);

interface SignalsSectionProps {
  id: string;
  sectors: { code: string; name: string }[];
}

/** Themes and signals of a neighbourhood: counts per theme and, for field work, a form to add one. */
export function SignalsSection({ id, sectors }: SignalsSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const role = useCurrentUser().data?.role;
  const signals = useNeighbourhoodSignals(id, {
    enabled: role !== undefined && readingRoles.has(role),
  });
  const heading = useId();
  if (role === undefined || !readingRoles.has(role)) return null;

  return (
    <section className="report-section" aria-labelledby={heading}>
      <h2 id={heading}>{t('signals.title')}</h2>
      <QueryState query={signals}>
        {({ themes, latest }) =>
          themes.length === 0 ? (
            <p>{t('signals.none')}</p>
          ) : (
            <>
              <div
                className="table-scroll"
                role="region"
                aria-labelledby={`${heading}-themes`}
                tabIndex={0}
              >
                <table className="table">
                  <caption id={`${heading}-themes`}>{t('signals.themes')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('signals.theme')}</th>
                      <th scope="col">{t('signals.fromIntakes')}</th>
                      <th scope="col">{t('signals.fromFieldWork')}</th>
                      <th scope="col">{t('survey.fromConsultations')}</th>
                      <th scope="col">{t('signals.total')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {themes.map((theme) => (
                      <tr key={theme.theme}>
                        <th scope="row">{theme.theme}</th>
                        <td>{theme.fromIntakes}</td>
                        <td>{theme.fromFieldWork}</td>
                        <td>{theme.fromConsultations}</td>
                        <td>{theme.total}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <h3>{t('signals.latest')}</h3>
              <ul className="signal-list">
                {latest.map((signal) => (
                  <li key={signal.id}>
                    <strong>{signal.theme}</strong>{' '}
                    <span className="muted">
                      {format.dayOf(signal.raisedAt)} · {signal.sectorCode} ·{' '}
                      {t(`signals.sources.${signal.source}`)}
                    </span>
                    <br />
                    {signal.description}
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </QueryState>
      {role !== undefined && recordingRoles.has(role) && <SignalForm id={id} sectors={sectors} />}
    </section>
  );
}

function SignalForm({ id, sectors }: SignalsSectionProps) {
  const { t } = useTranslation();
  const ids = { theme: useId(), sector: useId(), description: useId(), hint: useId() };
  const [theme, setTheme] = useState('');
  const [sectorCode, setSectorCode] = useState(sectors[0]?.code ?? '');
  const [description, setDescription] = useState('');
  const record = useRecordSignal(id);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      { theme, sectorCode, description },
      {
        onSuccess: () => {
          setTheme('');
          setDescription('');
        },
      },
    );
  };

  return (
    <form className="form no-print" onSubmit={submit}>
      <h3>{t('signals.add')}</h3>
      <div className="field">
        <label htmlFor={ids.theme}>{t('signals.theme')}</label>
        <input
          id={ids.theme}
          required
          maxLength={80}
          value={theme}
          onChange={(e) => setTheme(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.sector}>{t('signals.sector')}</label>
        <select id={ids.sector} value={sectorCode} onChange={(e) => setSectorCode(e.target.value)}>
          {sectors.map((sector) => (
            <option key={sector.code} value={sector.code}>
              {sector.code} {sector.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.description}>{t('signals.description')}</label>
        <p id={ids.hint} className="hint">
          {t('signals.descriptionHint')}
        </p>
        <textarea
          id={ids.description}
          required
          maxLength={1000}
          aria-describedby={ids.hint}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={record.isPending}>
        {t('signals.submit')}
      </button>
      {record.isError && (
        <p role="alert" className="notice notice--error">
          {record.error instanceof ApiError
            ? Object.values(record.error.problem?.errors ?? {})
                .flat()
                .join(' ') || record.error.message
            : t('status.error')}
        </p>
      )}
      <LiveMessage>{record.isSuccess ? t('signals.recorded') : null}</LiveMessage>
    </form>
  );
}
