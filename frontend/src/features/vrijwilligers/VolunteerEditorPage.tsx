import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { components } from '../../api/schema';
import { Choices, Field } from '../../components/ui/Field';
import { Page } from '../../components/ui/Page';
import { QueryState } from '../../components/ui/QueryState';
import { ChangeError } from '../hulpvragen/detail/ChangeError';
import { useHelpCategories } from '../hulpvragen/api';
import { useNeighbourhood, useNeighbourhoods } from '../buurtanalyse/api';
import {
  fieldErrors,
  useSaveVolunteer,
  useVolunteer,
  type Volunteer,
  type VolunteerInput,
} from './api';
import { buddyTypes, homeConditions, languageLevels, roles, weekdays } from './labels';
import { Rows } from './Rows';

type Schemas = components['schemas'];

interface Form {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  role: VolunteerInput['role'];
  buddyTypes: VolunteerInput['buddyTypes'];
  skills: string;
  languages: Schemas['LanguageSkill'][];
  availability: Schemas['TimeWindow'][];
  absences: Schemas['DateRange'][];
  latitude: string;
  longitude: string;
  sectorCode: string;
  maxTravelKm: string;
  maxConcurrentMatches: string;
  refusedCategories: string[];
  refusedHomeConditions: Schemas['HomeCondition'][];
  training: Schemas['Training'][];
  screeningIssuedOn: string;
  screeningExpiresOn: string;
  insuredUntil: string;
  residentId: string | null;
}

const empty: Form = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  role: 'Volunteer',
  buddyTypes: [],
  skills: '',
  languages: [{ code: 'nl', level: 'Native' }],
  availability: [],
  absences: [],
  latitude: '',
  longitude: '',
  sectorCode: '',
  maxTravelKm: '5',
  maxConcurrentMatches: '2',
  refusedCategories: [],
  refusedHomeConditions: [],
  training: [],
  screeningIssuedOn: '',
  screeningExpiresOn: '',
  insuredUntil: '',
  residentId: null,
};

function toForm(v: Volunteer): Form {
  return {
    firstName: v.firstName,
    lastName: v.lastName,
    email: v.email ?? '',
    phone: v.phone ?? '',
    role: v.role,
    buddyTypes: v.buddyTypes,
    skills: v.skills.join(', '),
    languages: v.languages,
    availability: v.availability.map((slot) => ({
      ...slot,
      from: slot.from.slice(0, 5),
      until: slot.until.slice(0, 5),
    })),
    absences: v.absences,
    latitude: String(v.home.latitude),
    longitude: String(v.home.longitude),
    sectorCode: v.sectorCode,
    maxTravelKm: String(v.maxTravelKm),
    maxConcurrentMatches: String(v.maxConcurrentMatches),
    refusedCategories: v.refusedCategories,
    refusedHomeConditions: v.refusedHomeConditions,
    training: v.training,
    screeningIssuedOn: v.screening?.issuedOn ?? '',
    screeningExpiresOn: v.screening?.expiresOn ?? '',
    insuredUntil: v.insuredUntil ?? '',
    residentId: v.residentId,
  };
}

const number = (text: string) => Number(text.trim().replace(',', '.'));

function toInput(form: Form): VolunteerInput {
  const optional = (text: string) => text.trim() || null;
  return {
    firstName: form.firstName.trim(),
    lastName: form.lastName.trim(),
    email: optional(form.email),
    phone: optional(form.phone),
    role: form.role,
    buddyTypes: form.buddyTypes,
    skills: form.skills
      .split(',')
      .map((skill) => skill.trim())
      .filter(Boolean),
    languages: form.languages.map((language) => ({ ...language, code: language.code.trim() })),
    availability: form.availability,
    absences: form.absences,
    home: { latitude: number(form.latitude), longitude: number(form.longitude) },
    sectorCode: form.sectorCode,
    maxTravelKm: number(form.maxTravelKm),
    maxConcurrentMatches: number(form.maxConcurrentMatches),
    refusedCategories: form.refusedCategories,
    refusedHomeConditions: form.refusedHomeConditions,
    training: form.training,
    screening:
      form.screeningIssuedOn || form.screeningExpiresOn
        ? { issuedOn: form.screeningIssuedOn, expiresOn: form.screeningExpiresOn }
        : null,
    insuredUntil: optional(form.insuredUntil),
    residentId: form.residentId,
  };
}

/** Registers a new volunteer (/vrijwilligers/nieuw) or changes one (/vrijwilligers/:id/wijzigen). */
export function VolunteerEditorPage() {
  const { id } = useParams();
  const volunteer = useVolunteer(id ?? '', { enabled: id !== undefined });
  if (!id) return <Editor />;
  return <QueryState query={volunteer}>{({ data }) => <Editor volunteer={data} />}</QueryState>;
}

function Editor({ volunteer }: { volunteer?: Volunteer }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const save = useSaveVolunteer(volunteer?.id);
  const [form, setForm] = useState<Form>(() => (volunteer ? toForm(volunteer) : empty));
  const [checked, setChecked] = useState(false);
  const [neighbourhoodId, setNeighbourhoodId] = useState('');
  const neighbourhoods = useNeighbourhoods().data?.items ?? [];
  const neighbourhood = useNeighbourhood(neighbourhoodId, { enabled: neighbourhoodId !== '' });
  const categories = useHelpCategories().data?.items ?? [];
  const formRef = useRef<HTMLFormElement>(null);
  const update = (changes: Partial<Form>) => setForm((current) => ({ ...current, ...changes }));

  const sectors = [...((neighbourhoodId && neighbourhood.data?.sectors) || [])];
  if (form.sectorCode && !sectors.some((sector) => sector.code === form.sectorCode)) {
    sectors.unshift({ code: form.sectorCode, name: form.sectorCode });
  }

  const coordinate = (text: string, max: number) =>
    text.trim() !== '' && Number.isFinite(number(text)) && Math.abs(number(text)) <= max;
  const local: Record<string, string | undefined> = {
    firstName: !form.firstName.trim() ? t('volunteers.errors.required') : undefined,
    lastName: !form.lastName.trim() ? t('volunteers.errors.required') : undefined,
    sectorCode: !form.sectorCode ? t('volunteers.errors.sector') : undefined,
    home:
      !coordinate(form.latitude, 90) || !coordinate(form.longitude, 180)
        ? t('volunteers.errors.home')
        : undefined,
  };
  const remote = fieldErrors(save.error);
  /** The API's messages for a field and everything under it ("languages" covers "languages[0].code"). */
  const error = (path: string): string | undefined => {
    const shown = checked ? local[path] : undefined;
    const fromApi = Object.entries(remote)
      .filter(([key]) => key === path || key.startsWith(`${path}[`) || key.startsWith(`${path}.`))
      .map(([, message]) => message);
    return [shown, ...fromApi].filter(Boolean).join(' ') || undefined;
  };

  useEffect(() => {
    if (save.error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [save.error]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    const firstInvalid = Object.keys(local).find((field) => local[field]);
    if (firstInvalid) return document.getElementById(`volunteer-${firstInvalid}`)?.focus();
    save.mutate(toInput(form), {
      onSuccess: (saved) => void navigate(`/vrijwilligers/${saved.data.id}`),
    });
  }

  const knownFields = new Set([
    'firstName',
    'lastName',
    'email',
    'phone',
    'role',
    'buddyTypes',
    'skills',
    'languages',
    'availability',
    'absences',
    'home',
    'sectorCode',
    'maxTravelKm',
    'maxConcurrentMatches',
    'refusedCategories',
    'refusedHomeConditions',
    'training',
    'screening',
    'insuredUntil',
  ]);
  const hasFieldErrors = Object.keys(remote).length > 0;
  const otherErrors = Object.entries(remote)
    .filter(([key]) => !knownFields.has(key.split(/[.[]/)[0] ?? ''))
    .map(([, message]) => message);

  const text = (
    field: 'firstName' | 'lastName' | 'email' | 'phone',
    type: 'text' | 'email' | 'tel' = 'text',
  ) => (
    <Field id={`volunteer-${field}`} label={t(`volunteers.fields.${field}`)} error={error(field)}>
      {(control) => (
        <input
          {...control}
          type={type}
          maxLength={200}
          autoComplete="off"
          value={form[field]}
          onChange={(event) => update({ [field]: event.target.value })}
        />
      )}
    </Field>
  );

  return (
    <>
      <Link
        to={volunteer ? `/vrijwilligers/${volunteer.id}` : '/vrijwilligers'}
        className="back-link"
      >
        {t('volunteers.back')}
      </Link>
      <Page
        title={
          volunteer
            ? t('volunteers.editor.editTitle', {
                name: `${volunteer.firstName} ${volunteer.lastName}`,
              })
            : t('volunteers.editor.addTitle')
        }
      >
        <form ref={formRef} className="form" noValidate onSubmit={submit}>
          <div className="field-row">
            {text('firstName')}
            {text('lastName')}
          </div>
          {text('email', 'email')}
          {text('phone', 'tel')}
          <Choices
            id="volunteer-role"
            legend={t('volunteers.fields.role')}
            error={error('role')}
            options={roles.map((role) => ({ value: role, label: t(`volunteers.roles.${role}`) }))}
            value={form.role}
            onChange={(role) => update({ role: role as Form['role'] })}
          />
          <Choices
            id="volunteer-buddyTypes"
            multiple
            legend={t('volunteers.fields.buddyTypes')}
            error={error('buddyTypes')}
            options={buddyTypes.map((type) => ({ value: type, label: t(`buddyTypes.${type}`) }))}
            value={form.buddyTypes}
            onChange={(types) => update({ buddyTypes: types as Form['buddyTypes'] })}
          />
          <Field
            id="volunteer-skills"
            label={t('volunteers.fields.skills')}
            hint={t('volunteers.editor.skillsHint')}
            error={error('skills')}
          >
            {(control) => (
              <input
                {...control}
                value={form.skills}
                onChange={(event) => update({ skills: event.target.value })}
              />
            )}
          </Field>
          <Rows<Schemas['LanguageSkill']>
            id="volunteer-languages"
            legend={t('volunteers.fields.languages')}
            hint={t('volunteers.editor.languagesHint')}
            error={error('languages')}
            value={form.languages}
            onChange={(languages) => update({ languages })}
            empty={{ code: '', level: 'Conversational' }}
            addLabel={t('volunteers.editor.addLanguage')}
          >
            {(row, change, rowId, which) => (
              <>
                <label htmlFor={`${rowId}-code`}>
                  {t('volunteers.editor.languageCode')}
                  {which}
                </label>
                <input
                  id={`${rowId}-code`}
                  maxLength={3}
                  autoCapitalize="none"
                  value={row.code}
                  onChange={(event) => change({ code: event.target.value })}
                />
                <label htmlFor={`${rowId}-level`}>
                  {t('volunteers.editor.languageLevel')}
                  {which}
                </label>
                <select
                  id={`${rowId}-level`}
                  value={row.level}
                  onChange={(event) =>
                    change({ level: event.target.value as Schemas['LanguageLevel'] })
                  }
                >
                  {languageLevels.map((level) => (
                    <option key={level} value={level}>
                      {t(`volunteers.levels.${level}`)}
                    </option>
                  ))}
                </select>
              </>
            )}
          </Rows>
          <Rows<Schemas['TimeWindow']>
            id="volunteer-availability"
            legend={t('volunteers.fields.availability')}
            hint={t('volunteers.editor.availabilityHint')}
            error={error('availability')}
            value={form.availability}
            onChange={(availability) => update({ availability })}
            empty={{ day: 'Monday', from: '09:00', until: '12:00' }}
            addLabel={t('volunteers.editor.addSlot')}
          >
            {(row, change, rowId, which) => (
              <>
                <label htmlFor={`${rowId}-day`}>
                  {t('volunteers.editor.day')}
                  {which}
                </label>
                <select
                  id={`${rowId}-day`}
                  value={row.day}
                  onChange={(event) => change({ day: event.target.value as Schemas['Weekday'] })}
                >
                  {weekdays.map((day) => (
                    <option key={day} value={day}>
                      {t(`weekdays.${day}`)}
                    </option>
                  ))}
                </select>
                <label htmlFor={`${rowId}-from`}>
                  {t('volunteers.editor.from')}
                  {which}
                </label>
                <input
                  id={`${rowId}-from`}
                  type="time"
                  value={row.from}
                  onChange={(event) => change({ from: event.target.value })}
                />
                <label htmlFor={`${rowId}-until`}>
                  {t('volunteers.editor.until')}
                  {which}
                </label>
                <input
                  id={`${rowId}-until`}
                  type="time"
                  value={row.until}
                  onChange={(event) => change({ until: event.target.value })}
                />
              </>
            )}
          </Rows>
          <Rows
            id="volunteer-absences"
            legend={t('volunteers.fields.absences')}
            error={error('absences')}
            value={form.absences}
            onChange={(absences) => update({ absences })}
            empty={{ from: '', until: '' }}
            addLabel={t('volunteers.editor.addAbsence')}
          >
            {(row, change, rowId, which) => (
              <>
                <label htmlFor={`${rowId}-from`}>
                  {t('volunteers.editor.fromDate')}
                  {which}
                </label>
                <input
                  id={`${rowId}-from`}
                  type="date"
                  value={row.from}
                  onChange={(event) => change({ from: event.target.value })}
                />
                <label htmlFor={`${rowId}-until`}>
                  {t('volunteers.editor.untilDate')}
                  {which}
                </label>
                <input
                  id={`${rowId}-until`}
                  type="date"
                  value={row.until}
                  onChange={(event) => change({ until: event.target.value })}
                />
              </>
            )}
          </Rows>
          <fieldset className="field">
            <legend>{t('volunteers.fields.where')}</legend>
            <Field id="volunteer-neighbourhood" label={t('volunteers.editor.neighbourhood')}>
              {(control) => (
                <select
                  {...control}
                  value={neighbourhoodId}
                  onChange={(event) => setNeighbourhoodId(event.target.value)}
                >
                  <option value="">{t('volunteers.editor.chooseNeighbourhood')}</option>
                  {neighbourhoods.map(({ id, name, municipalityName }) => (
                    <option key={id} value={id}>{`${name} (${municipalityName})`}</option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              id="volunteer-sectorCode"
              label={t('volunteers.fields.sector')}
              error={error('sectorCode')}
            >
              {(control) => (
                <select
                  {...control}
                  value={form.sectorCode}
                  onChange={(event) => update({ sectorCode: event.target.value })}
                >
                  <option value="">{t('volunteers.editor.chooseSector')}</option>
                  {sectors.map(({ code, name }) => (
                    <option key={code} value={code}>
                      {name === code ? code : `${name} (${code})`}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <div className="field-row">
              <Field
                id="volunteer-home"
                label={t('volunteers.editor.latitude')}
                hint={t('volunteers.editor.homeHint')}
                error={error('home')}
              >
                {(control) => (
                  <input
                    {...control}
                    inputMode="decimal"
                    value={form.latitude}
                    onChange={(event) => update({ latitude: event.target.value })}
                  />
                )}
              </Field>
              <Field id="volunteer-longitude" label={t('volunteers.editor.longitude')}>
                {(control) => (
                  <input
                    {...control}
                    inputMode="decimal"
                    value={form.longitude}
                    onChange={(event) => update({ longitude: event.target.value })}
                  />
                )}
              </Field>
            </div>
          </fieldset>
          <div className="field-row">
            <Field
              id="volunteer-maxTravelKm"
              label={t('volunteers.fields.maxTravelKm')}
              hint={t('volunteers.editor.maxTravelHint')}
              error={error('maxTravelKm')}
            >
              {(control) => (
                <input
                  {...control}
                  inputMode="decimal"
                  value={form.maxTravelKm}
                  onChange={(event) => update({ maxTravelKm: event.target.value })}
                />
              )}
            </Field>
            <Field
              id="volunteer-maxConcurrentMatches"
              label={t('volunteers.fields.maxConcurrentMatches')}
              hint={t('volunteers.editor.maxMatchesHint')}
              error={error('maxConcurrentMatches')}
            >
              {(control) => (
                <input
                  {...control}
                  inputMode="numeric"
                  value={form.maxConcurrentMatches}
                  onChange={(event) => update({ maxConcurrentMatches: event.target.value })}
                />
              )}
            </Field>
          </div>
          <Choices
            id="volunteer-refusedCategories"
            multiple
            legend={t('volunteers.fields.refusedCategories')}
            error={error('refusedCategories')}
            options={categories.map((category) => ({
              value: category.code,
              label: i18n.language === 'en' ? category.nameEn : category.nameNl,
            }))}
            value={form.refusedCategories}
            onChange={(refusedCategories) => update({ refusedCategories })}
          />
          <Choices
            id="volunteer-refusedHomeConditions"
            multiple
            legend={t('volunteers.fields.refusedHomeConditions')}
            error={error('refusedHomeConditions')}
            options={homeConditions.map((condition) => ({
              value: condition,
              label: t(`volunteers.homeConditions.${condition}`),
            }))}
            value={form.refusedHomeConditions}
            onChange={(conditions) =>
              update({ refusedHomeConditions: conditions as Form['refusedHomeConditions'] })
            }
          />
          <Rows
            id="volunteer-training"
            legend={t('volunteers.fields.training')}
            error={error('training')}
            value={form.training}
            onChange={(training) => update({ training })}
            empty={{ module: '', completedOn: '' }}
            addLabel={t('volunteers.editor.addTraining')}
          >
            {(row, change, rowId, which) => (
              <>
                <label htmlFor={`${rowId}-module`}>
                  {t('volunteers.editor.module')}
                  {which}
                </label>
                <input
                  id={`${rowId}-module`}
                  value={row.module}
                  onChange={(event) => change({ module: event.target.value })}
                />
                <label htmlFor={`${rowId}-on`}>
                  {t('volunteers.editor.completedOn')}
                  {which}
                </label>
                <input
                  id={`${rowId}-on`}
                  type="date"
                  value={row.completedOn}
                  onChange={(event) => change({ completedOn: event.target.value })}
                />
              </>
            )}
          </Rows>
          <div className="field-row">
            <Field
              id="volunteer-screening"
              label={t('volunteers.editor.screeningIssuedOn')}
              hint={t('volunteers.editor.screeningHint')}
              error={error('screening')}
            >
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={form.screeningIssuedOn}
                  onChange={(event) => update({ screeningIssuedOn: event.target.value })}
                />
              )}
            </Field>
            <Field
              id="volunteer-screening-expires"
              label={t('volunteers.editor.screeningExpiresOn')}
            >
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={form.screeningExpiresOn}
                  onChange={(event) => update({ screeningExpiresOn: event.target.value })}
                />
              )}
            </Field>
          </div>
          <Field
            id="volunteer-insuredUntil"
            label={t('volunteers.fields.insuredUntil')}
            error={error('insuredUntil')}
          >
            {(control) => (
              <input
                {...control}
                type="date"
                value={form.insuredUntil}
                onChange={(event) => update({ insuredUntil: event.target.value })}
              />
            )}
          </Field>
          {hasFieldErrors ? (
            <div role="alert" className="notice notice--error">
              <p>{t('volunteers.errors.fields')}</p>
              {otherErrors.length > 0 && <p>{otherErrors.join(' ')}</p>}
            </div>
          ) : (
            <ChangeError error={save.error} />
          )}
          <div className="actions">
            <button type="submit" className="button" disabled={save.isPending}>
              {volunteer ? t('volunteers.editor.save') : t('volunteers.editor.register')}
            </button>
            <Link
              to={volunteer ? `/vrijwilligers/${volunteer.id}` : '/vrijwilligers'}
              className="button button--secondary"
            >
              {t('volunteers.editor.cancel')}
            </Link>
          </div>
        </form>
      </Page>
    </>
  );
}
