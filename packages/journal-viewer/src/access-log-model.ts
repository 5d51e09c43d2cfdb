import type { AuditEvent, CodeableConcept, Practitioner, PractitionerRole, Reference, Resource } from '@hn-elements/core';
import { conceptText, indexByReference, isRecord, osloDayKey, parseFhirDateTime, readText, referenceDisplay, referenceType, resolveReference, type ResourceProblem } from '@hn-elements/core';
import { array, codings, problemFor, shortTitle, type SourceInfo } from './model-readers.js';

/**
 * FHIR R4 AuditEvent -> the access log: who read the journal, when, why (in plain-language
 * groups) and what; and the log's filters (period, chosen dates in Oslo days, source).
 * Pure functions: no DOM, no fetching.
 */

export const ACT_REASON_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';


/** Why someone opened the journal, in groups the citizen can understand. */
export type PurposeKind =
  | 'treatment'
  | 'emergency'
  | 'coordination'
  | 'administration'
  | 'payment'
  | 'quality'
  | 'research'
  | 'patient-request'
  | 'public-health'
  | 'legal';

/** v3-ActReason codes (and common parents) -> plain-language purpose. */
const PURPOSE_BY_CODE: Record<string, PurposeKind> = {
  TREAT: 'treatment',
  HTREAT: 'treatment',
  CLINTRL: 'research',
  ETREAT: 'emergency',
  BTG: 'emergency',
  ERTREAT: 'emergency',
  POPHLTH: 'public-health',
  PUBHLTH: 'public-health',
  COC: 'coordination',
  CAREMGT: 'coordination',
  HPAYMT: 'payment',
  CLMATTCH: 'payment',
  COVAUTH: 'payment',
  HOPERAT: 'administration',
  HSYSADMIN: 'administration',
  RECORDMGT: 'administration',
  OPERAT: 'administration',
  HQUALIMP: 'quality',
  HRESCH: 'research',
  PATRQT: 'patient-request',
  FAMRQT: 'patient-request',
  PWATRNY: 'patient-request',
  HLEGAL: 'legal',
  LEGAL: 'legal',
  TRANSRCH: 'research',
};

/** Words sources use instead of codes (nb, nn, en), lower case. */
const PURPOSE_BY_TEXT: Record<string, PurposeKind> = {
  helsehjelp: 'treatment',
  'helsehjelp til deg': 'treatment',
  behandling: 'treatment',
  treatment: 'treatment',
  'akutt helsehjelp': 'emergency',
  'emergency treatment': 'emergency',
  nødrett: 'emergency',
  kvalitetssikring: 'quality',
  forskning: 'research',
  forsking: 'research',
  research: 'research',
};

export interface PurposeView {
  kind?: PurposeKind;
  /** The source's own words, shown when they say more than the plain-language label. */
  text?: string;
}

export interface AccessEntryView {
  /** Unique across sources: `<sourceId>/<id>`. */
  key: string;
  id: string;
  sourceId: string;
  sourceName: string;
  recorded: Date;
  who?: string;
  role?: string;
  organization?: string;
  purpose?: PurposeView;
  /** What was opened: a document's name; undefined with `wholeJournal` for the journal as such. */
  what?: string;
  wholeJournal: boolean;
  /** True when the attempt failed or was refused (`outcome` other than 0). */
  failed: boolean;
  resource: AuditEvent;
}

export interface MappedAccessLog {
  items: AccessEntryView[];
  problems: ResourceProblem[];
}

/** The type an agent's or entity's reference names. */
function typeOf(reference: Reference | undefined): string | undefined {
  return referenceType(isRecord(reference) && typeof reference.reference === 'string' ? reference.reference : undefined);
}

function purposeOf(concepts: unknown[]): PurposeView | undefined {
  for (const concept of concepts) {
    if (!isRecord(concept)) continue;
    const own = readText(concept['text']);
    const coded = codings(concept)
      .map((c) => (c.code ? PURPOSE_BY_CODE[c.code.toUpperCase()] : undefined))
      .find(Boolean);
    const byText = own ? PURPOSE_BY_TEXT[own.toLowerCase()] : undefined;
    const kind = coded ?? byText;
    // The source's words add something only when they are not just the label's synonym.
    const extra = own && !byText ? shortTitle(own).title : undefined;
    if (kind || extra) return { kind, text: extra ?? (kind ? undefined : conceptText(concept)) };
    const display = conceptText(concept);
    if (display) return { text: shortTitle(display).title };
  }
  return undefined;
}

type Agent = NonNullable<AuditEvent['agent']>[number];
type Entity = NonNullable<AuditEvent['entity']>[number];

/**
 * AuditEvents from one source -> access-log entries. An entry without a valid `recorded` time
 * cannot be placed in time and is a problem; a missing name or reason is said in words.
 */
export function toAccessEntries(resources: readonly Resource[], source: SourceInfo | undefined): MappedAccessLog {
  const index = indexByReference(resources.filter((r) => isRecord(r)));
  const items: AccessEntryView[] = [];
  const problems: ResourceProblem[] = [];
  const seen = new Set<string>();
  resources.forEach((resource, position) => {
    if (!isRecord(resource) || resource.resourceType !== 'AuditEvent') return;
    const event = resource as AuditEvent;
    if (typeof event.id !== 'string') return void problems.push(problemFor(position, event, 'missing id'));
    const key = `${source?.id ?? 'bundle'}/${event.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    const recorded = parseFhirDateTime(event.recorded);
    if (!recorded) return void problems.push(problemFor(position, event, 'missing or invalid recorded'));
    const agents = array<Agent>(event.agent).filter(isRecord);
    const isOrganization = (agent: Agent) => ['Organization', 'Device'].includes(typeOf(agent.who) ?? '');
    const person =
      agents.find((a) => a.requestor === true && !isOrganization(a)) ?? agents.find((a) => !isOrganization(a) && (a.who || a.name));
    const organizationAgent = agents.find((a) => typeOf(a.who) === 'Organization');
    const role = resolveReference<PractitionerRole>(index, person?.who?.reference, 'PractitionerRole');
    const practitioner =
      resolveReference<Practitioner>(index, person?.who?.reference, 'Practitioner') ??
      resolveReference<Practitioner>(index, role?.practitioner?.reference, 'Practitioner');
    const who = referenceDisplay(person?.who, index, event) ?? readText(person?.name);
    const roleText =
      array<CodeableConcept>(person?.role).map(conceptText).find(Boolean) ??
      conceptText(person?.type) ??
      array<CodeableConcept>(role?.code).map(conceptText).find(Boolean) ??
      conceptText(array<{ code?: CodeableConcept }>(practitioner?.qualification).find(isRecord)?.code);
    const organization = referenceDisplay(organizationAgent?.who, index, event) ?? referenceDisplay(role?.organization, index);
    const purposes = [...array<unknown>(event.purposeOfEvent), ...array<unknown>(person?.purposeOfUse)];
    const entities = array<Entity>(event.entity).filter((e): e is Entity => isRecord(e));
    const specific = entities.find((e) => typeOf(e.what) !== 'Patient' && (readText(e.what?.display) || readText(e.name) || readText(e.description)));
    const wholeJournal = !specific && entities.some((e) => typeOf(e.what) === 'Patient');
    items.push({
      key,
      id: event.id,
      sourceId: source?.id ?? '',
      sourceName: source?.name ?? organization ?? readText(event.source?.observer?.display) ?? '',
      recorded,
      who: shortTitle(who).title,
      role: shortTitle(roleText).title,
      organization: shortTitle(organization).title,
      purpose: purposeOf(purposes),
      what: specific ? shortTitle(readText(specific.what?.display) ?? readText(specific.name) ?? readText(specific.description)).title : undefined,
      wholeJournal,
      failed: typeof event.outcome === 'string' && event.outcome !== '0',
      resource: event,
    });
  });
  return { items, problems };
}

/** What the source filter matches on: the source id, or (bundle mode) the organisation's name. */
export function sourceKeyOf(item: { sourceId: string; sourceName: string }): string {
  return item.sourceId || item.sourceName;
}

export function sortAccessEntries(items: readonly AccessEntryView[]): AccessEntryView[] {
  return [...items].sort((a, b) => b.recorded.getTime() - a.recorded.getTime());
}

export type AccessPeriod = '30d' | '12m' | 'all' | 'custom';

export interface AccessFilter {
  period: AccessPeriod;
  /** `YYYY-MM-DD`, inclusive, Oslo calendar days; only with `custom`. Empty means open-ended. */
  from?: string;
  to?: string;
  /** Source id; empty or undefined for every source. */
  sourceId?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** The earliest moment a period covers, or undefined for no lower limit. */
export function periodStart(period: AccessPeriod, now: Date): Date | undefined {
  if (period === '30d') return new Date(now.getTime() - 30 * DAY_MS);
  if (period === '12m') {
    const start = new Date(now.getTime());
    start.setUTCFullYear(start.getUTCFullYear() - 1);
    return start;
  }
  return undefined;
}

/** True when a custom period has both dates and the first is after the second. */
export function filterDatesReversed(filter: AccessFilter): boolean {
  return filter.period === 'custom' && !!filter.from && !!filter.to && DAY_KEY.test(filter.from) && DAY_KEY.test(filter.to) && filter.from > filter.to;
}

export function filterAccessEntries(items: readonly AccessEntryView[], filter: AccessFilter, now: Date): AccessEntryView[] {
  if (filterDatesReversed(filter)) return [];
  const start = periodStart(filter.period, now);
  const from = filter.period === 'custom' && filter.from && DAY_KEY.test(filter.from) ? filter.from : undefined;
  const to = filter.period === 'custom' && filter.to && DAY_KEY.test(filter.to) ? filter.to : undefined;
  return items.filter((item) => {
    if (filter.sourceId && sourceKeyOf(item) !== filter.sourceId) return false;
    if (start && item.recorded.getTime() < start.getTime()) return false;
    if (from || to) {
      const day = osloDayKey(item.recorded);
      if (from && day < from) return false;
      if (to && day > to) return false;
    }
    return true;
  });
}
