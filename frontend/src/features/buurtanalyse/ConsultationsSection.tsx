import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { ConfirmDelete } from '../../components/ui/ConfirmDelete';
import { LiveMessage } from '../../components/ui/LiveMessage';
import { QueryState } from '../../components/ui/QueryState';
import { api, ApiError, unwrap } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useCurrentUser } from '../auth/api';

type ConsultationMethod = components['schemas']['ConsultationMethod'];
type ConsultationInput = components['schemas']['ConsultationInput'];
type Consultation = components['schemas']['Consultation'];

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

const ifMatch = (consultation: Consultation) => ({ 'If-Match': `"${consultation.version}"` });

/** Records a buurtbevraging, or with `consultation` corrects it, sending the version on screen as If-Match. */
function useSaveConsultation(id: string, consultation?: Consultation) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConsultationInput) =>
      unwrap(
        consultation
          ? api.PUT('/api/v1/consultations/{id}', {
              params: { path: { id: consultation.id } },
              body,
              headers: ifMatch(consultation),
            })
          : api.POST('/api/v1/neighbourhoods/{id}/consultations', {
              params: { path: { id } },
              body,
            }),
      ),
    // The theme counts in the signals section include the buurtbevragingen; a refused change shows the latest version.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['neighbourhoods', id] }),
  });
}

function useDeleteConsultation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (consultation: Consultation) => {
      const { error, response } = await api.DELETE('/api/v1/consultations/{id}', {
        params: { path: { id: consultation.id } },
        headers: ifMatch(consultation),
      });
      // Already removed (by someone else meanwhile): what was asked for is done.
      if (!response.ok && response.status !== 404) throw new ApiError(response, error);
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['neighbourhoods', id] }),
  });
}

/** Why a change was refused: the fields' own messages, or that someone else changed it meanwhile. */
function ChangeRefused({ error }: { error: Error | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  let message = t('consultationEdit.failed');
  if (error instanceof ApiError && (error.status === 412 || error.status === 404))
    message = t('consultationEdit.stale');
  else if (error instanceof ApiError)
    message =
      Object.values(error.problem?.errors ?? {})
        .flat()
        .join(' ') || error.message;
  return (
    <p role="alert" className="notice notice--error">
      {message}
    </p>
  );
}

/**
 * The buurtbevragingen of a neighbourhood and, for coordinators and field workers, a form to add one and buttons to
 * correct or remove those they may change.
 */
export function ConsultationsSection({ id }: { id: string }) {
  const { t } = useTranslation();
  const role = useCurrentUser().data?.role;
  const consultations = useConsultations(id, role !== undefined && readingRoles.has(role));
  const heading = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (role === undefined || !readingRoles.has(role)) return null;
  const canChange = recordingRoles.has(role);

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
                {items.map((c) =>
                  editing === c.id ? (
                    <li key={c.id}>
                      <ConsultationForm
                        id={id}
                        themes={themes}
                        consultation={c}
                        onDone={(saved) => {
                          setEditing(null);
                          setDone(saved ? t('consultationEdit.saved') : null);
                        }}
                      />
                    </li>
                  ) : (
                    <ConsultationItem
                      key={c.id}
                      id={id}
                      consultation={c}
                      // A field worker may change only the ones they recorded; the API says which.
                      canChange={canChange && c.canChange}
                      onEdit={() => {
                        setDone(null);
                        setEditing(c.id);
                      }}
                      onDeleted={() => setDone(t('consultationEdit.deleted'))}
                    />
                  ),
                )}
              </ul>
            )}
            {editing !== null && !items.some((c) => c.id === editing) && (
              <p role="alert" className="notice notice--error">
                {t('consultationEdit.gone')}
              </p>
            )}
            <LiveMessage>{done}</LiveMessage>
            {canChange && <ConsultationForm id={id} themes={themes} />}
          </>
        )}
      </QueryState>
    </section>
  );
}

interface ConsultationItemProps {
  id: string;
  consultation: Consultation;
  canChange: boolean;
  onEdit: () => void;
  onDeleted: () => void;
}

/**
 * One buurtbevraging and, for those who may change it (a coordinator any, a field worker the ones
 * they recorded), buttons to correct or (after a confirmation) remove it.
 */
function ConsultationItem({
  id,
  consultation: c,
  canChange,
  onEdit,
  onDeleted,
}: ConsultationItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const remove = useDeleteConsultation(id);
  const [confirming, setConfirming] = useState(false);
  const date = format.date(c.heldOn);

  return (
    <li>
      <strong>
        {t(`survey.methods.${c.method}`)} · {date}
      </strong>
      {c.participants !== null && ` · ${t('survey.participantCount', { count: c.participants })}`}
      <p>{c.themes.join(', ')}</p>
      <p>{c.summary}</p>
      {c.quotes.map((quote, index) => (
        <blockquote key={index}>{quote}</blockquote>
      ))}
      {canChange &&
        (confirming ? (
          <ConfirmDelete
            className="no-print"
            label={t('consultationEdit.deleteNamed', { date })}
            question={t('consultationEdit.confirmDelete')}
            confirm={t('consultationEdit.confirmDeleteButton')}
            cancel={t('consultationEdit.cancel')}
            pending={remove.isPending}
            error={<ChangeRefused error={remove.error} />}
            onConfirm={() => remove.mutate(c, { onSuccess: onDeleted })}
            onCancel={() => {
              remove.reset();
              setConfirming(false);
            }}
          />
        ) : (
          <div className="actions no-print">
            <button
              type="button"
              className="button button--secondary"
              onClick={onEdit}
              aria-label={t('consultationEdit.editNamed', { date })}
            >
              {t('consultationEdit.edit')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(true)}
              aria-label={t('consultationEdit.deleteNamed', { date })}
            >
              {t('consultationEdit.delete')}
            </button>
          </div>
        ))}
    </li>
  );
}

interface ConsultationFormProps {
  id: string;
  themes: string[];
  /** The buurtbevraging to correct; without it, the form records a new one. */
  consultation?: Consultation;
  /** After a correction is saved (true) or cancelled (false). */
  onDone?: (saved: boolean) => void;
}

function ConsultationForm({ id, themes, consultation, onDone }: ConsultationFormProps) {
  const { t } = useTranslation();
  const ids = {
    heading: useId(),
    method: useId(),
    heldOn: useId(),
    participants: useId(),
    summary: useId(),
    quotes: useId(),
    hint: useId(),
  };
  const [method, setMethod] = useState<ConsultationMethod>(consultation?.method ?? 'Conversation');
  const [heldOn, setHeldOn] = useState(consultation?.heldOn ?? '');
  const [participants, setParticipants] = useState(consultation?.participants?.toString() ?? '');
  const [chosen, setChosen] = useState<string[]>(consultation?.themes ?? []);
  const [summary, setSummary] = useState(consultation?.summary ?? '');
  const [quotes, setQuotes] = useState(consultation?.quotes.join('\n') ?? '');
  // The version the form was opened with: a change made meanwhile by someone else is refused (412), not overwritten.
  const [opened] = useState(consultation);
  const record = useSaveConsultation(id, opened);
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
          if (onDone) return onDone(true);
          setChosen([]);
          setSummary('');
          setQuotes('');
        },
      },
    );
  };

  return (
    <form className="form no-print" aria-labelledby={ids.heading} onSubmit={submit}>
      <h3 id={ids.heading}>{consultation ? t('consultationEdit.editTitle') : t('survey.add')}</h3>
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
      <div className="actions">
        <button type="submit" className="button" disabled={record.isPending}>
          {consultation ? t('consultationEdit.save') : t('survey.submit')}
        </button>
        {onDone && (
          <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
            {t('consultationEdit.cancel')}
          </button>
        )}
      </div>
      <ChangeRefused error={record.error} />
      <LiveMessage>{record.isSuccess && !consultation ? t('survey.recorded') : null}</LiveMessage>
    </form>
  );
}
