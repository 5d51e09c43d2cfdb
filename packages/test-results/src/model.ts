import type { Resource } from '@hn-elements/core';
import {
  conceptText, decodeBase64Text, htmlToText, indexByReference, isRecord, listOf, referenceKey, parseFhirInstant, readFhirDateTime, readText,
  referenceDisplay, resolveReference, sourceLanguage, type FhirMoment, type ResourceProblem, type Source,
} from '@hn-elements/core';
import { isWithheld } from './access.js';
import { defined } from './defined.js';
import { DIAGNOSTIC_SERVICE_SECTION, OBSERVATION_CATEGORY, conceptKeys, knownTestOf, type KnownTest } from './codes.js';
import { codedInterpretation, rangeInterpretation, type InterpretationView } from './interpretation.js';
import { Problem, readRange, readValue, sameUnit, type ReferenceRangeView, type ResultValue } from './values.js';

export type { ResultValue, ReferenceRangeView } from './values.js';

/** Statuses shown to the citizen. `entered-in-error` is never shown; R4's `partial` reads as preliminary, `appended` as amended. */
export type ResultStatus = 'registered' | 'preliminary' | 'final' | 'amended' | 'corrected' | 'cancelled' | 'unknown';

const STATUS: Readonly<Record<string, ResultStatus | 'hidden'>> = {
  registered: 'registered',
  partial: 'preliminary',
  preliminary: 'preliminary',
  final: 'final',
  amended: 'amended',
  appended: 'amended',
  corrected: 'corrected',
  cancelled: 'cancelled',
  unknown: 'unknown',
  'entered-in-error': 'hidden',
};

/** The message keys (messages.ts) that name a status and explain it in plain words. */
export const STATUS_KEYS = {
  registered: { label: 'statusRegistered', explanation: 'explainRegistered' },
  preliminary: { label: 'statusPreliminary', explanation: 'explainPreliminary' },
  final: { label: 'statusFinal', explanation: 'explainFinal' },
  amended: { label: 'statusAmended', explanation: 'explainAmended' },
  corrected: { label: 'statusCorrected', explanation: 'explainCorrected' },
  cancelled: { label: 'statusCancelled', explanation: 'explainCancelled' },
  unknown: { label: 'statusUnknown', explanation: 'explainUnknown' },
} as const satisfies Record<ResultStatus, { label: string; explanation: string }>;

/** One test's result (an Observation), or a panel of them (`members`). */
export interface ResultView {
  /** `<report key>/<id>`, or the standalone item's key. */
  key: string;
  id: string;
  name: string;
  /** The common test its code names, for the explanation and the trend. */
  test?: KnownTest;
  /** `system|code` of every coding, for matching a series and the test filter. */
  codes: string[];
  status: ResultStatus;
  value?: ResultValue;
  /** Why there is no value, in the source's words (`dataAbsentReason`). */
  absentReason?: string;
  range?: ReferenceRangeView;
  interpretation?: InterpretationView;
  /** When the sample was taken. */
  effective?: FhirMoment;
  /** When the result was answered. */
  issued?: Date;
  /** The source's own comment (`Observation.note`). */
  note?: string;
  performer?: string;
  members: ResultView[];
}

export type ReportKind = 'lab' | 'imaging' | 'other';

/** One answer as the citizen sees it: a DiagnosticReport, or a lab Observation that no report holds. */
export interface ReportView {
  /** `<sourceId>/<id>` for a report, `<sourceId>/Observation/<id>` for an Observation on its own (`bundle/…` without a source). */
  key: string;
  id: string;
  resourceType: 'DiagnosticReport' | 'Observation';
  sourceId: string;
  /** Attribution: the source, or in bundle mode the performing organisation when it is named. */
  sourceName: string;
  /** Language of the source's text (titles, notes, conclusion). */
  lang: string;
  kind: ReportKind;
  title: string;
  status: ResultStatus;
  effective?: FhirMoment;
  issued?: Date;
  /** Who asked for the test: the requester of the ServiceRequest it is `basedOn`. */
  orderedBy?: string;
  /** Who did the test or gave the answer: `performer`, else `resultsInterpreter`. */
  performer?: string;
  /** The source's own summary (`DiagnosticReport.conclusion`). */
  conclusion?: string;
  conclusionCodes: string[];
  /** The report's text (`presentedForm`, plain text or HTML read as text). */
  presentedText?: string;
  /** The report has a text we could not read (not base64). */
  presentedUnreadable?: boolean;
  results: ResultView[];
  /** Results of this report that are not released to the patient yet, left out. */
  withheldResults: number;
}

export interface MappedResults {
  items: ReportView[];
  problems: ResourceProblem[];
  /** Reports and results left out because the source has not released them (see access.ts). */
  withheld: number;
}

const IMAGING_SECTIONS = new Set(['RAD', 'RX', 'CT', 'NMR', 'NMS', 'VUS', 'CUS', 'OUS', 'XRC']);
const MAX_DEPTH = 3;
const MAX_TEXT = 20_000;

interface Context {
  index: ReadonlyMap<string, Resource>;
  source: Pick<Source, 'id' | 'name' | 'language'> | undefined;
  used: Set<unknown>;
  /** Where each resource stood in the source's answer, for its problem. */
  positions: ReadonlyMap<unknown, number>;
  withheld: number;
  problems: ResourceProblem[];
}

function problem(index: number, resource: Record<string, unknown>, reason: string, type = resource['resourceType']): ResourceProblem {
  return { index, resourceType: typeof type === 'string' ? type : undefined, id: typeof resource['id'] === 'string' ? resource['id'] : undefined, reason };
}

function statusOf(value: unknown): ResultStatus | 'hidden' {
  const status = typeof value === 'string' ? STATUS[value] : undefined;
  if (!status) throw new Problem('unknown status');
  return status;
}

/** `effective[x]` as a moment: dateTime, an instant (to the second), or a Period's start; present but not a real date is a problem. */
function effectiveOf(resource: Record<string, unknown>): FhirMoment | undefined {
  const { effectiveDateTime: dateTime, effectiveInstant: instant, effectivePeriod: period } = resource;
  let moment: FhirMoment | undefined;
  if (dateTime !== undefined) moment = readFhirDateTime(dateTime);
  else if (instant !== undefined) {
    moment = readFhirDateTime(instant);
    if (moment?.precision !== 'time') moment = undefined;
  }
  else if (period !== undefined) moment = readFhirDateTime(isRecord(period) ? period['start'] : undefined);
  else return undefined;
  if (!moment) throw new Problem('invalid effective date');
  return moment;
}

function issuedOf(resource: Record<string, unknown>): Date | undefined {
  if (resource['issued'] === undefined) return undefined;
  const issued = parseFhirInstant(resource['issued']);
  if (!issued) throw new Problem('invalid issued date');
  return issued;
}

function firstDisplay(references: unknown, context: Context, container: Record<string, unknown>): string | undefined {
  for (const reference of listOf(references)) {
    const name = referenceDisplay(reference, context.index, container);
    if (name) return name;
  }
  return undefined;
}

function target(reference: unknown, type: 'Observation' | 'ServiceRequest', context: Context, container: Record<string, unknown>): Record<string, unknown> | undefined {
  const ref = isRecord(reference) ? readText(reference['reference']) : undefined;
  if (!ref) return undefined;
  if (ref.startsWith('#')) {
    return listOf(container['contained']).find((item): item is Record<string, unknown> => isRecord(item) && item['resourceType'] === type && item['id'] === ref.slice(1));
  }
  return resolveReference(context.index, ref, type) as Record<string, unknown> | undefined;
}

/** Ordered by: the requester of the ServiceRequest the result is `basedOn` (contained or in the same source). */
function orderedBy(resource: Record<string, unknown>, context: Context): string | undefined {
  for (const reference of listOf(resource['basedOn'])) {
    const request = target(reference, 'ServiceRequest', context, resource);
    const name = request && referenceDisplay(request['requester'], context.index, { contained: resource['contained'] ?? request['contained'] });
    if (name) return name;
  }
  return undefined;
}

function noteOf(resource: Record<string, unknown>): string | undefined {
  return readText(listOf(resource['note']).map((note: unknown) => (isRecord(note) ? readText(note['text']) : undefined)).filter(Boolean).join('\n'));
}

function interpretationOf(observation: Record<string, unknown>, value: ResultValue | undefined, range: ReferenceRangeView | undefined): InterpretationView | undefined {
  const coded = codedInterpretation(observation['interpretation']);
  if (coded) return { level: coded, from: 'source' };
  if (value?.kind !== 'quantity' || !range || !sameUnit(value.unit, range.unit)) return undefined;
  const level = rangeInterpretation(value.value, value.comparator, range);
  return level ? { level, from: 'range' } : undefined;
}

/**
 * One Observation -> a result, or nothing (entered in error, or withheld: counted in the context).
 * Throws `Problem` when it cannot be shown truthfully (unknown status, impossible date, broken value).
 */
function readObservation(observation: Record<string, unknown>, parentKey: string, context: Context, container: Record<string, unknown>, depth: number, path: Set<unknown>): ResultView | undefined {
  context.used.add(observation);
  if (isWithheld(observation)) {
    context.withheld += 1;
    return undefined;
  }
  const status = statusOf(observation['status']);
  if (status === 'hidden') return undefined;
  const id = typeof observation['id'] === 'string' ? observation['id'] : '';
  const key = `${parentKey}/${id}`;
  const value = readValue(observation);
  const range = readRange(observation);
  const effective = effectiveOf(observation);
  const issued = issuedOf(observation);
  const members: ResultView[] = [];
  if (depth < MAX_DEPTH) {
    const inner = new Set(path).add(observation);
    for (const reference of listOf(observation['hasMember'])) {
      const member = target(reference, 'Observation', context, container);
      if (!member || inner.has(member)) continue;
      const view = readObservation(member, key, context, container, depth + 1, inner);
      if (view) members.push(view);
    }
  }
  const code = observation['code'];
  return defined<ResultView>({
    key,
    id,
    name: conceptText(code) ?? '',
    test: knownTestOf(code),
    codes: conceptKeys(code),
    status,
    value,
    absentReason: value ? undefined : conceptText(observation['dataAbsentReason']),
    range,
    interpretation: interpretationOf(observation, value, range),
    effective,
    issued,
    note: noteOf(observation),
    performer: firstDisplay(observation['performer'], context, container),
    members,
  });
}

function kindOf(resource: Record<string, unknown>): ReportKind {
  const keys = listOf(resource['category']).flatMap(conceptKeys);
  if (keys.some((key) => key.startsWith(`${DIAGNOSTIC_SERVICE_SECTION}|`) && IMAGING_SECTIONS.has(key.split('|')[1]!))) return 'imaging';
  if (keys.includes(`${OBSERVATION_CATEGORY}|imaging`)) return 'imaging';
  if (keys.some((key) => key.startsWith(`${DIAGNOSTIC_SERVICE_SECTION}|`)) || keys.includes(`${OBSERVATION_CATEGORY}|laboratory`)) return 'lab';
  return 'other';
}

function presentedText(report: Record<string, unknown>): { text?: string; unreadable?: boolean } {
  let unreadable = false;
  for (const form of listOf(report['presentedForm'])) {
    if (!isRecord(form) || form['data'] === undefined) continue;
    const type = readText(form['contentType'])?.split(';')[0]!.trim().toLowerCase();
    if (type !== 'text/plain' && type !== 'text/html') continue;
    const decoded = decodeBase64Text(form['data']);
    if (decoded === undefined) {
      unreadable = true;
      continue;
    }
    const text = readText(type === 'text/html' ? htmlToText(decoded) : decoded);
    if (text) return { text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text };
  }
  return unreadable ? { unreadable } : {};
}

function keyBase(context: Context): string {
  return context.source?.id ?? 'bundle';
}

/**
 * What a report and a result on its own say alike: where it comes from (the source, or in bundle
 * mode the performer), the language of its text, who ordered it and who did it.
 */
function answer(resource: Record<string, unknown>, key: string, id: string, context: Context, performer: string | undefined) {
  return {
    key,
    id,
    sourceId: context.source?.id ?? '',
    sourceName: context.source?.name ?? performer ?? '',
    lang: sourceLanguage(resource['language'], context.source),
    orderedBy: orderedBy(resource, context),
    performer,
  };
}

function readReport(report: Record<string, unknown>, context: Context): ReportView | undefined {
  const withheld = isWithheld(report);
  const status = withheld ? 'hidden' : statusOf(report['status']);
  if (status === 'hidden') {
    // Withheld (counted) or entered in error: its results are not shown on their own either.
    if (withheld) context.withheld += 1;
    for (const reference of listOf(report['result'])) {
      const observation = target(reference, 'Observation', context, report);
      if (observation) context.used.add(observation);
    }
    return undefined;
  }
  if (typeof report['id'] !== 'string') throw new Problem('missing id');
  const effective = effectiveOf(report);
  const issued = issuedOf(report);
  const key = `${keyBase(context)}/${report['id']}`;
  const withheldBefore = context.withheld;
  const results: ResultView[] = [];
  for (const reference of listOf(report['result'])) {
    const observation = target(reference, 'Observation', context, report);
    if (!observation || context.used.has(observation)) continue;
    try {
      const view = readObservation(observation, key, context, report, 0, new Set());
      if (view) results.push(view);
    } catch (error) {
      if (!(error instanceof Problem)) throw error;
      context.problems.push(problem(context.positions.get(observation) ?? -1, observation, error.message, 'Observation'));
    }
  }
  const performer = firstDisplay(report['performer'], context, report) ?? firstDisplay(report['resultsInterpreter'], context, report);
  const presented = presentedText(report);
  return defined<ReportView>({
    ...answer(report, key, report['id'], context, performer),
    resourceType: 'DiagnosticReport',
    kind: kindOf(report),
    title: conceptText(report['code']) ?? results[0]?.name ?? '',
    status,
    effective,
    issued,
    conclusion: readText(report['conclusion']),
    conclusionCodes: listOf(report['conclusionCode']).map(conceptText).filter((text): text is string => !!text),
    presentedText: presented.text,
    presentedUnreadable: presented.unreadable,
    results,
    withheldResults: context.withheld - withheldBefore,
  });
}

/** A lab or imaging Observation that no report holds, shown as an answer of its own. */
function readLoneObservation(observation: Record<string, unknown>, context: Context): ReportView | undefined {
  const kind = kindOf(observation);
  if (kind === 'other') return undefined;
  if (typeof observation['id'] !== 'string') throw new Problem('missing id');
  const key = `${keyBase(context)}/Observation/${observation['id']}`;
  const result = readObservation(observation, key, context, observation, 0, new Set());
  if (!result) return undefined;
  return defined<ReportView>({
    ...answer(observation, key, result.id, context, result.performer),
    resourceType: 'Observation',
    kind,
    title: result.name,
    status: result.status,
    effective: result.effective,
    issued: result.issued,
    conclusionCodes: [],
    results: [{ ...result, key: `${key}/${result.id}` }],
    withheldResults: 0,
  });
}

/**
 * One source's resources (DiagnosticReports, their Observations and what they reference) -> the
 * answers to show, newest first by when the sample was taken (else when answered), and the problems:
 * entries that cannot be shown truthfully. Withheld ones are counted apart; entered-in-error ones
 * are left out silently, with their results.
 */
export function toReportViews(answer: readonly Resource[], source: Pick<Source, 'id' | 'name' | 'language'> | undefined): MappedResults {
  const resources = distinct(answer);
  const positions = new Map<unknown, number>(resources.map((resource, position) => [resource, position]));
  const context: Context = { index: indexByReference(resources), source, used: new Set(), positions, withheld: 0, problems: [] };
  const items: ReportView[] = [];
  // The reports first, then the Observations that none of them holds.
  const readAll = (type: string, read: (resource: Record<string, unknown>, context: Context) => ReportView | undefined) =>
    resources.forEach((resource, position) => {
      if (resource.resourceType !== type || context.used.has(resource)) return;
      const record = resource as unknown as Record<string, unknown>;
      try {
        const view = read(record, context);
        if (view) items.push(view);
      } catch (error) {
        if (!(error instanceof Problem)) throw error;
        context.problems.push(problem(position, record, error.message));
      }
    });
  readAll('DiagnosticReport', readReport);
  readAll('Observation', readLoneObservation);
  return { items: sortReports(items), problems: context.problems, withheld: context.withheld };
}

/** Each resource once: two searches (reports with their results, and lone results) may both bring an Observation. */
function distinct(resources: readonly Resource[]): Resource[] {
  const seen = new Set<string>();
  return resources.filter((resource) => {
    const key = referenceKey(resource);
    if (key === undefined) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** When an answer is placed in time: the sample, else the answer. */
export function reportTime(report: Pick<ReportView, 'effective' | 'issued'>): number | undefined {
  return report.effective?.date.getTime() ?? report.issued?.getTime();
}

/** Newest first; answers without a date last, in the order they came. */
export function sortReports(items: readonly ReportView[]): ReportView[] {
  return items
    .map((item, order) => ({ item, order, time: reportTime(item) }))
    .sort((a, b) => (b.time ?? -Infinity) - (a.time ?? -Infinity) || a.order - b.order)
    .map(({ item }) => item);
}
