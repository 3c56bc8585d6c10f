import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { LiveMessage } from '../../components/ui/LiveMessage';
import { QueryState } from '../../components/ui/QueryState';
import { api, ApiError, unwrap } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useCurrentUser } from '../auth/api';

type ConsultationMethod = components['schemas']['ConsultationMethod'];
type ConsultationBody = components['schemas']['ConsultationBody'];

const methods: ConsultationMethod[] = ['Conversation', 'Survey', 'CafeDialogue', 'HouseVisit'];
const readingRoles = new Set(['Coordinator', 'Analyst', 'FieldWorker']);
const recordingRoles = new Set(['Coordinator', 'FieldWorker']);

function useConsultations(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['neighbourhoods', id, 'consultations'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/neighbourhoods/{id}/consultations', { params: { path: { id } } })),
    enabled,
  });
}

function useRecordConsultation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConsultationBody) =>
      unwrap(
        api.POST('/api/v1/neighbourhoods/{id}/consultations', { params: { path: { id } }, body }),
      ),
    // The theme counts in the signals section include the buurtbevragingen.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['neighbourhoods', id] }),
  });
}

/** The buurtbevragingen of a neighbourhood and, for coordinators and field workers, a form to add one. */
export function ConsultationsSection({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const role = useCurrentUser().data?.role;
  const consultations = useConsultations(id, role !== undefined && readingRoles.has(role));
  const heading = useId();
  if (role === undefined || !readingRoles.has(role)) return null;

  return (
    <section className="report-section" aria-labelledby={heading}>
      <h2 id={heading}>{t('survey.title')}</h2>
      <QueryState query={consultations}>
        {({ items, themes }) => (
          <>
            {items.length === 0 ? (
              <p>{t('survey.none')}</p>
            ) : (
              <ul className="plain-list">
                {items.map((c) => (
                  <li key={c.id}>
                    <strong>
                      {t(`survey.methods.${c.method}`)} · {format.date(c.heldOn)}
                    </strong>
                    {c.participants !== null &&
                      ` · ${t('survey.participantCount', { count: c.participants })}`}
                    <p>{c.themes.join(', ')}</p>
                    <p>{c.summary}</p>
                    {c.quotes.map((quote, index) => (
                      <blockquote key={index}>{quote}</blockquote>
                    ))}
                  </li>
                ))}
              </ul>
            )}
            {recordingRoles.has(role) && <ConsultationForm id={id} themes={themes} />}
          </>
        )}
      </QueryState>
    </section>
  );
}

function ConsultationForm({ id, themes }: { id: string; themes: string[] }) {
  const { t } = useTranslation();
  const ids = {
    method: useId(),
    heldOn: useId(),
    participants: useId(),
    summary: useId(),
    quotes: useId(),
    hint: useId(),
  };
  const [method, setMethod] = useState<ConsultationMethod>('Conversation');
  const [heldOn, setHeldOn] = useState('');
  const [participants, setParticipants] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [summary, setSummary] = useState('');
  const [quotes, setQuotes] = useState('');
  const record = useRecordConsultation(id);
  const errors = record.error instanceof ApiError ? (record.error.problem?.errors ?? {}) : {};

  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      {
        method,
        heldOn,
        participants: participants ? Number(participants) : null,
        themes: chosen,
        summary,
        quotes: quotes
          .split('\n')
          .map((q) => q.trim())
          .filter(Boolean),
      },
      {
        onSuccess: () => {
          setChosen([]);
          setSummary('');
          setQuotes('');
        },
      },
    );
  };

  return (
    <form className="form no-print" onSubmit={submit}>
      <h3>{t('survey.add')}</h3>
      <div className="field">
        <label htmlFor={ids.method}>{t('survey.method')}</label>
        <select
          id={ids.method}
          value={method}
          onChange={(e) => setMethod(e.target.value as ConsultationMethod)}
        >
          {methods.map((m) => (
            <option key={m} value={m}>
              {t(`survey.methods.${m}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.heldOn}>{t('survey.heldOn')}</label>
        <input
          id={ids.heldOn}
          type="date"
          required
          value={heldOn}
          onChange={(e) => setHeldOn(e.target.value)}
        />
        {errors.heldOn && <p className="field__error">{errors.heldOn.join(' ')}</p>}
      </div>
      <div className="field">
        <label htmlFor={ids.participants}>{t('survey.participants')}</label>
        <input
          id={ids.participants}
          type="number"
          min={1}
          value={participants}
          onChange={(e) => setParticipants(e.target.value)}
        />
      </div>
      <fieldset>
        <legend>{t('survey.themes')}</legend>
        {themes.map((theme) => (
          <label key={theme} className="socialmap-checkbox">
            <input
              type="checkbox"
              checked={chosen.includes(theme)}
              onChange={() =>
                setChosen(
                  chosen.includes(theme) ? chosen.filter((c) => c !== theme) : [...chosen, theme],
                )
              }
            />{' '}
            {theme}
          </label>
        ))}
      </fieldset>
      <p id={ids.hint} className="hint">
        {t('survey.privacyHint')}
      </p>
      <div className="field">
        <label htmlFor={ids.summary}>{t('survey.summary')}</label>
        <textarea
          id={ids.summary}
          required
          maxLength={4000}
          aria-describedby={ids.hint}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.quotes}>{t('survey.quotes')}</label>
        <textarea
          id={ids.quotes}
          aria-describedby={ids.hint}
          value={quotes}
          onChange={(e) => setQuotes(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={record.isPending}>
        {t('survey.submit')}
      </button>
      {record.isError && (
        <p role="alert" className="notice notice--error">
          {record.error instanceof ApiError
            ? Object.values(errors).flat().join(' ') || record.error.message
            : t('status.error')}
        </p>
      )}
      <LiveMessage>{record.isSuccess ? t('survey.recorded') : null}</LiveMessage>
    </form>
  );
}
