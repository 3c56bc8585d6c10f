import type { VolunteerStatus } from './api';

export const buddyTypes = [
  'Garden',
  'Event',
  'Editorial',
  'Administration',
  'Companionship',
  'Walking',
  'Travel',
  'Shopping',
  'OddJobs',
  'Network',
  'Digital',
  'Chat',
  'Paperwork',
  'SickbedWatch',
  'Interpreter',
] as const;

export const roles = ['Buddy', 'Volunteer', 'NeighbourhoodBoardMember'] as const;
export const languageLevels = ['Basic', 'Conversational', 'Fluent', 'Native'] as const;
export const homeConditions = ['Pets', 'Stairs', 'Smoking'] as const;
export const weekdays = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

export function statusTone(status: VolunteerStatus) {
  if (status === 'Active') return 'active';
  if (status === 'Intake' || status === 'Training') return 'new';
  return 'done';
}

/** Days a screening (uittreksel strafregister) is still valid; negative once it has expired. */
export function daysLeft(isoDate: string, today: string): number {
  return Math.round(
    (Date.parse(`${isoDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
}

/** A warning is shown this many days before a screening expires. */
export const SCREENING_WARNING_DAYS = 30;
