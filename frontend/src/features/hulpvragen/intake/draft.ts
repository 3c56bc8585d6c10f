import type { TFunction } from 'i18next';
import { today } from '../../../lib/format';
import type { NewHelpRequest, NewResident, ResidentMatch, TimeWindow } from '../api';

type Channel = NewHelpRequest['channel'];
type Purpose = NewResident['consents'][number]['purpose'];

/** Everything typed into the intake so far; kept whole across steps and failed saves. */
export interface Draft {
  /** An existing resident picked from the suggestions, or the one this intake created. */
  resident: ResidentMatch | null;
  firstName: string;
  lastName: string;
  birthYear: string;
  phone: string;
  street: string;
  houseNumber: string;
  box: string;
  postalCode: string;
  neighbourhoodId: string;
  municipality: string;
  sectorCode: string;
  /** Where the door is, from the phone's location; used for distances when matching volunteers. */
  home: { latitude: number; longitude: number } | null;
  languages: string[];
  contactPreference: NewResident['contactPreference'];
  email: string;
  consents: Purpose[];
  channel: Channel | '';
  referralCardCode: string;
  categoryCode: string;
  description: string;
  urgency: NewHelpRequest['urgency'];
  recurrence: NewHelpRequest['recurrence'];
  wishedFrom: string;
  timeWindows: TimeWindow[];
  needs: string[];
}

export type Field = Exclude<keyof Draft, 'resident' | 'municipality' | 'home'>;
export type Errors = Partial<Record<Field, string>>;

export const emptyDraft: Draft = {
  resident: null,
  firstName: '',
  lastName: '',
  birthYear: '',
  phone: '',
  street: '',
  houseNumber: '',
  box: '',
  postalCode: '',
  neighbourhoodId: '',
  municipality: '',
  sectorCode: '',
  home: null,
  languages: ['nl'],
  contactPreference: 'Phone',
  email: '',
  consents: [],
  channel: '',
  referralCardCode: '',
  categoryCode: '',
  description: '',
  urgency: 'Normal',
  recurrence: 'OneOff',
  wishedFrom: '',
  timeWindows: [],
  needs: [],
};

export const MAX_DESCRIPTION = 4000;

export const commonLanguages = ['nl', 'fr', 'en', 'ar', 'tr', 'pl', 'ro', 'ru', 'ti', 'so'];
export const contactPreferences = ['Phone', 'HomeVisit', 'Email', 'Letter', 'ViaRelative'] as const;
export const consentPurposes = [
  'Intake',
  'VolunteerMatching',
  'PartnerReferral',
  'FollowUpContact',
] as const;
// The channels a staff member records by hand; partner software and the web form send their own.
export const intakeChannels = [
  'HomeVisit',
  'DoorToDoorRound',
  'PhoneLine',
  'VoicemailCallBack',
  'WalkIn',
  'ReferralCard',
] as const;
export const urgencies = ['Low', 'Normal', 'High', 'Crisis'] as const;
export const recurrences = ['OneOff', 'Weekly', 'EveryTwoWeeks', 'Monthly'] as const;
export const weekdays = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
export const needs = ['no-stairs', 'wheelchair', 'no-pets', 'interpreter', 'same-gender'] as const;

export const steps = [
  { id: 'resident', fields: ['firstName', 'lastName', 'birthYear', 'phone'] },
  {
    id: 'address',
    fields: ['street', 'houseNumber', 'box', 'postalCode', 'neighbourhoodId', 'sectorCode'],
    newResidentOnly: true,
  },
  {
    id: 'contact',
    fields: ['languages', 'contactPreference', 'email', 'consents'],
    newResidentOnly: true,
  },
  {
    id: 'request',
    fields: ['channel', 'referralCardCode', 'categoryCode', 'description', 'urgency'],
  },
  { id: 'when', fields: ['recurrence', 'wishedFrom', 'timeWindows', 'needs'] },
  { id: 'review', fields: [] },
] as const satisfies readonly { id: string; fields: readonly Field[]; newResidentOnly?: true }[];

export type Step = (typeof steps)[number];
export type StepId = Step['id'];

/** The steps this intake goes through: an existing resident needs no address or consent. */
export const stepsFor = (draft: Draft): Step[] =>
  steps.filter((step) => !('newResidentOnly' in step) || draft.resident === null);

const POSTAL_CODE = /^[1-9][0-9]{3}$/;
const PHONE = /^\+?[0-9 ./()-]+$/;

/** The client-side checks of one step, so mistakes show before the API is asked. */
export function validate(draft: Draft, step: StepId, t: TFunction): Errors {
  const errors: Errors = {};
  const required = (field: Field, ok = draft[field] !== '') => {
    if (!ok) errors[field] = t('intake.errors.required');
  };

  switch (step) {
    case 'resident': {
      if (draft.resident) break;
      required('firstName', draft.firstName.trim() !== '');
      required('lastName', draft.lastName.trim() !== '');
      const year = Number(draft.birthYear);
      if (draft.birthYear && !(Number.isInteger(year) && year >= 1900 && year <= thisYear())) {
        errors.birthYear = t('intake.errors.birthYear');
      }
      const digits = draft.phone.replace(/\D/g, '').length;
      if (draft.phone && !(PHONE.test(draft.phone) && digits >= 8 && digits <= 15)) {
        errors.phone = t('intake.errors.phone');
      }
      break;
    }
    case 'address':
      required('street', draft.street.trim() !== '');
      required('houseNumber', draft.houseNumber.trim() !== '');
      if (!POSTAL_CODE.test(draft.postalCode.trim()))
        errors.postalCode = t('intake.errors.postalCode');
      required('neighbourhoodId');
      required('sectorCode');
      break;
    case 'contact':
      if (draft.languages.length === 0) errors.languages = t('intake.errors.languages');
      if (draft.contactPreference === 'Email' && !draft.email.includes('@')) {
        errors.email = t('intake.errors.email');
      }
      if (!draft.consents.includes('Intake')) errors.consents = t('intake.errors.intakeConsent');
      break;
    case 'request':
      required('channel');
      required('categoryCode');
      required('description', draft.description.trim() !== '');
      if (draft.description.length > MAX_DESCRIPTION) {
        errors.description = t('intake.errors.descriptionTooLong', { max: MAX_DESCRIPTION });
      }
      break;
    case 'when':
      if (draft.wishedFrom && draft.wishedFrom < today()) {
        errors.wishedFrom = t('intake.errors.wishedFromPast');
      }
      if (draft.timeWindows.some(({ from, until }) => !from || !until || until <= from)) {
        errors.timeWindows = t('intake.errors.timeWindow');
      }
      break;
    case 'review':
      break;
  }
  return errors;
}

const thisYear = () => new Date().getFullYear();
const optional = (text: string) => text.trim() || null;

export function toResident(draft: Draft): NewResident {
  return {
    firstName: draft.firstName.trim(),
    lastName: draft.lastName.trim(),
    birthYear: draft.birthYear ? Number(draft.birthYear) : null,
    phone: optional(draft.phone),
    email: draft.contactPreference === 'Email' ? optional(draft.email) : null,
    address: {
      street: draft.street.trim(),
      houseNumber: draft.houseNumber.trim(),
      box: optional(draft.box),
      postalCode: draft.postalCode.trim(),
      municipality: draft.municipality,
      sectorCode: draft.sectorCode,
    },
    languages: draft.languages,
    contactPreference: draft.contactPreference,
    consents: draft.consents.map((purpose) => ({ purpose, note: null })),
    home: draft.home,
  };
}

export function toHelpRequest(draft: Draft, residentId: string): NewHelpRequest {
  return {
    residentId,
    channel: draft.channel as Channel,
    categoryCode: draft.categoryCode,
    description: draft.description.trim(),
    urgency: draft.urgency,
    recurrence: draft.recurrence,
    wishedFrom: draft.wishedFrom || null,
    timeWindows: draft.timeWindows,
    needs: draft.needs,
    referralCardCode: draft.channel === 'ReferralCard' ? optional(draft.referralCardCode) : null,
  };
}

const fields = new Set<string>(steps.flatMap((step) => step.fields));

/**
 * Sorts the field errors of a 400 problem onto the form's fields ("address.postalCode" and
 * "timeWindows[1].until" included); what fits no field is returned apart, to show above the form.
 */
export function fieldErrors(problem: Record<string, string[]>): {
  errors: Errors;
  other: string[];
} {
  const errors: Errors = {};
  const other: string[] = [];
  for (const [key, messages] of Object.entries(problem)) {
    const name = key.replace(/^address\./, '').replace(/[[.].*$/, '');
    const field = name === 'municipality' ? 'neighbourhoodId' : name;
    if (fields.has(field)) errors[field as Field] ??= messages.join(' ');
    else other.push(...messages);
  }
  return { errors, other };
}
