import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Fact } from '../../../components/ui/Fact';
import { Choices, Field } from '../../../components/ui/Field';
import { QueryState } from '../../../components/ui/QueryState';
import { useFormat } from '../../../lib/format';
import { useIsCoordinator } from '../../auth/api';
import { useTriage, useTriageSuggestion, type HelpRequest, type TriageDecision } from '../api';
import { ChangeError } from './ChangeError';

type Route = TriageDecision['decidedRoute'];
type ResidentChoice = TriageDecision['residentChoice'];

const routes = ['Light', 'Heavy'] as const satisfies readonly Route[];
const residentChoices = [
  'AgreesWithAdvice',
  'PrefersVolunteer',
  'PrefersProfessional',
  'DeclinesHelp',
] as const satisfies readonly ResidentChoice[];

export function TriageSection({ request }: { request: HelpRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const canTriage = useIsCoordinator();
  const decide = useTriage(request.id);
  const { triage } = request;
  const open = request.allowedTransitions.includes('Triaged');
  // Keep saying why a decision failed, even when the reloaded request needs no triage any more.
  if (!triage && !open && !decide.error) return null;

  return (
    <section aria-labelledby="triage">
      <h2 id="triage">{t('triage.title')}</h2>
      {triage && (
        <dl className="facts">
          <Fact label={t('triage.decided')}>{t(`triage.routes.${triage.decidedRoute}`)}</Fact>
          <Fact label={t('triage.suggested')}>
            {t(`triage.routes.${triage.suggestedRoute}`)} ({triage.suggestionReason})
          </Fact>
          {triage.overrideReason && (
            <Fact label={t('triage.overrideReason')}>{triage.overrideReason}</Fact>
          )}
          <Fact label={t('triage.residentChoice')}>
            {t(`triage.choices.${triage.residentChoice}`)}
          </Fact>
          <Fact label={t('triage.decidedAt')}>{format.moment(triage.decidedAt)}</Fact>
        </dl>
      )}
      {open &&
        (canTriage ? (
          <TriageForm id={request.id} decide={decide} />
        ) : (
          <p>{t('triage.byCoordinator')}</p>
        ))}
      <ChangeError error={decide.error} />
    </section>
  );
}

type Decide = ReturnType<typeof useTriage>;

function TriageForm({ id, decide }: { id: string; decide: Decide }) {
  const suggestion = useTriageSuggestion(id);
  return (
    <QueryState query={suggestion}>
      {(suggested) => <TriageDecisionForm suggested={suggested} decide={decide} />}
    </QueryState>
  );
}

function TriageDecisionForm({
  suggested,
  decide,
}: {
  suggested: { route: Route; reason: string };
  decide: Decide;
}) {
  const { t } = useTranslation();
  const [route, setRoute] = useState<Route>(suggested.route);
  const [overrideReason, setOverrideReason] = useState('');
  const [residentChoice, setResidentChoice] = useState<ResidentChoice>('AgreesWithAdvice');
  const [missingReason, setMissingReason] = useState(false);
  const isOverride = route !== suggested.route;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isOverride && !overrideReason.trim()) {
      setMissingReason(true);
      document.getElementById('triage-override')?.focus();
      return;
    }
    decide.mutate({
      decidedRoute: route,
      overrideReason: isOverride ? overrideReason.trim() : null,
      residentChoice,
    });
  }

  return (
    <form className="form panel" noValidate onSubmit={submit}>
      <p>
        <strong>{t('triage.suggestion', { route: t(`triage.routes.${suggested.route}`) })}</strong>{' '}
        {suggested.reason}
      </p>
      <Choices
        id="triage-route"
        legend={t('triage.decision')}
        options={routes.map((value) => ({ value, label: t(`triage.routes.${value}`) }))}
        value={route}
        onChange={(value) => setRoute(value as Route)}
      />
      {isOverride && (
        <Field
          id="triage-override"
          label={t('triage.overrideReason')}
          hint={t('triage.overrideHint')}
          error={missingReason && !overrideReason.trim() ? t('intake.errors.required') : undefined}
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              maxLength={500}
              value={overrideReason}
              onChange={(event) => setOverrideReason(event.target.value)}
            />
          )}
        </Field>
      )}
      <Choices
        id="triage-choice"
        legend={t('triage.residentChoice')}
        hint={t('triage.residentDecides')}
        options={residentChoices.map((value) => ({ value, label: t(`triage.choices.${value}`) }))}
        value={residentChoice}
        onChange={(value) => setResidentChoice(value as ResidentChoice)}
      />
      <button type="submit" className="button" disabled={decide.isPending}>
        {t('triage.submit')}
      </button>
    </form>
  );
}
