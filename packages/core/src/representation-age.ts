import { readFhirDateTime } from './fhir/dates.js';
import { osloDayKey } from './i18n/locale-format.js';
import type { Session } from './session.js';

/**
 * How far a parent's representation reaches into a child's health information, by the child's age
 * in whole years on today's date in Oslo:
 *
 * - `full`: the child is under 12, or the representation is not a parent's, or the session does not
 *   say the child's birth date (then the portal that granted the representation has decided, and its
 *   scopes are the rule);
 * - `limited`: the child is 12 to 15. From 12 a child may keep health information from their parents,
 *   and a portal cannot know what the child agreed to share; a component showing health information
 *   the child has a say over shows none of it;
 * - `ended`: the child is 16 or older, the age of consent to health care, and the parent no longer
 *   represents them in it;
 * - a birth date that is present but not a real date also counts as `limited`: nobody can prove the
 *   child is under 12.
 *
 * Without a representation the citizen sees their own data: `full`.
 */
export type ParentalReach = 'full' | 'limited' | 'ended';

/** Age in whole years on the Oslo calendar day of `now`, from a FHIR `date`; undefined when it is not one, or in the future. */
export function ageOn(birthDate: unknown, now: Date): number | undefined {
  const born = readFhirDateTime(birthDate);
  if (!born || born.precision !== 'day') return undefined;
  const [year, month, day] = osloDayKey(born.date).split('-').map(Number) as [number, number, number];
  const [nowYear, nowMonth, nowDay] = osloDayKey(now).split('-').map(Number) as [number, number, number];
  const hadBirthday = nowMonth > month || (nowMonth === month && nowDay >= day);
  const age = nowYear - year - (hadBirthday ? 0 : 1);
  return age >= 0 ? age : undefined;
}

/** The age of the person represented in the session (see `ageOn`), when the session says their birth date. */
export function representedAge(session: Session | undefined, now: Date): number | undefined {
  return ageOn(session?.representation?.person.birthDate, now);
}

/** See `ParentalReach`. */
export function parentalReach(session: Session | undefined, now: Date): ParentalReach {
  const representation = session?.representation;
  if (!representation || representation.relation !== 'parent') return 'full';
  const birthDate = representation.person.birthDate;
  if (birthDate === undefined) return 'full';
  const age = ageOn(birthDate, now);
  if (age === undefined) return 'limited';
  if (age >= 16) return 'ended';
  return age >= 12 ? 'limited' : 'full';
}
