import type {
  AuditEvent,
  CodeableConcept,
  Composition,
  CompositionSection,
  DocumentReference,
  Organization,
  Practitioner,
  PractitionerRole,
  Reference,
  Resource,
} from '@hn-elements/core';
import { conceptText, documentKind, indexByReference, readText, resourceName, isRecord, osloDayKey, parseFhirDateTime, resolveReference, safeHttpsUrl, type ResourceProblem } from '@hn-elements/core';

/**
 * FHIR R4 -> what the journal viewer shows. Pure functions: no DOM, no fetching.
 * Documents come from DocumentReference and Composition, the access log from AuditEvent.
 */

export const ACT_REASON_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';

/** Longest title shown; longer ones are cut with an ellipsis (a source may send a whole page as a title). */
export const MAX_TITLE_LENGTH = 200;

export interface SourceInfo {
  id: string;
  name: string;
  /** Base URL of the source's FHIR API: relative attachment URLs resolve against it. */
  fhirBase?: string;
}

export type ContentFormat = 'text' | 'html' | 'pdf';

/** Why a document cannot be shown, said per item. */
export type DocumentProblem = 'no-content' | 'bad-data' | 'unsupported-type' | 'unsafe-url' | 'not-pdf';

export interface AttachmentView {
  format: ContentFormat;
  /** As the source gave it, e.g. `text/plain; charset=utf-8`. */
  contentType: string;
  /** Character set for text, lower case; undefined means UTF-8. */
  charset?: string;
  /** Base64 (whitespace removed), already checked to be well-formed. */
  data?: string;
  /** Absolute URL to fetch the content from: `https:` or the source's own origin. */
  url?: string;
  /** True when `url` is on the source's own origin, so the source's token may go with it. */
  sameOriginAsSource: boolean;
  /** BCP 47 language of the content, when the source gives a well-formed one. */
  language?: string;
  /** Decoded size in bytes, when known. */
  size?: number;
}

export interface SectionView {
  title?: string;
  /** XHTML narrative as the source gave it; sanitised only when rendered. */
  xhtml?: string;
  sections: SectionView[];
}

export type DocumentBody =
  | { kind: 'attachment'; attachment: AttachmentView }
  | { kind: 'sections'; sections: SectionView[] }
  | { kind: 'problem'; problem: DocumentProblem };

export type DocumentStatus = 'final' | 'preliminary' | 'amended';

/** One journal document as the list and the reading pane show it. Built only by `toJournalDocuments`. */
export interface JournalDocumentView {
  /** Unique across sources: `<sourceId>/<resourceType>/<id>`. */
  key: string;
  id: string;
  resourceType: 'DocumentReference' | 'Composition';
  sourceId: string;
  /** Who the document is from: the source, or (bundle mode) the custodian. */
  sourceName: string;
  /** Undefined when the source gives none; the element says "Dokument uten tittel". */
  title?: string;
  /** True when the title was cut to MAX_TITLE_LENGTH. */
  titleShortened: boolean;
  typeText?: string;
  date?: Date;
  author?: string;
  organization?: string;
  status: DocumentStatus;
  body: DocumentBody;
  resource: DocumentReference | Composition;
}

export interface MappedDocuments {
  items: JournalDocumentView[];
  problems: ResourceProblem[];
}

// ---- small readers ------------------------------------------------------------------------------


function codings(concept: unknown): { system?: string; code?: string }[] {
  if (!isRecord(concept) || !Array.isArray(concept['coding'])) return [];
  return concept['coding'].filter(isRecord).map((c) => ({
    system: typeof c['system'] === 'string' ? c['system'] : undefined,
    code: typeof c['code'] === 'string' ? c['code'] : undefined,
  }));
}

function array<T>(value: T[] | undefined | unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

function shortTitle(value: string | undefined): { title?: string; shortened: boolean } {
  if (!value) return { shortened: false };
  const single = value.replace(/\s+/g, ' ');
  if (single.length <= MAX_TITLE_LENGTH) return { title: single, shortened: false };
  return { title: `${single.slice(0, MAX_TITLE_LENGTH - 1).trimEnd()}…`, shortened: true };
}


/** The name a reference stands for: its display, else the resolved resource's name. */
function nameOf(index: ReadonlyMap<string, Resource>, reference: Reference | undefined): string | undefined {
  if (!isRecord(reference)) return undefined;
  const display = readText(reference.display);
  if (display) return display;
  const ref = typeof reference.reference === 'string' ? reference.reference : undefined;
  const practitioner = resolveReference<Practitioner>(index, ref, 'Practitioner');
  if (practitioner) return resourceName(practitioner);
  const organization = resolveReference<Organization>(index, ref, 'Organization');
  if (organization) return readText(organization.name);
  const role = resolveReference<PractitionerRole>(index, ref, 'PractitionerRole');
  if (role) return nameOf(index, role.practitioner);
  return undefined;
}

const LANGUAGE = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** `type/subtype` and parameters of a content type, lower case. */
export function parseContentType(value: unknown): { mime: string; charset?: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const [mime, ...params] = value.split(';').map((part) => part.trim().toLowerCase());
  if (!mime || !/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(mime)) return undefined;
  const charset = params.map((p) => /^charset\s*=\s*"?([a-z0-9._-]+)"?$/.exec(p)?.[1]).find(Boolean);
  return { mime, charset };
}

export function formatOf(mime: string): ContentFormat | undefined {
  if (mime === 'text/plain') return 'text';
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
  if (mime === 'application/pdf') return 'pdf';
  return undefined;
}

/** Base64 with whitespace removed, or undefined when it is not well-formed base64. */
export function cleanBase64(value: string): string | undefined {
  const clean = value.replace(/\s+/g, '');
  if (clean.length % 4 !== 0 || !BASE64.test(clean)) return undefined;
  return clean;
}

/**
 * Where an attachment may be fetched from: an absolute `https:` URL, or a URL on the source's
 * own origin (relative URLs such as `Binary/123` resolve against the source's FHIR base).
 */
export function attachmentUrl(value: string, source: SourceInfo | undefined): { url: string; sameOrigin: boolean } | undefined {
  const trimmed = value.trim();
  let sourceBase: URL | undefined;
  if (source?.fhirBase) {
    try {
      const base = source.fhirBase.endsWith('/') ? source.fhirBase : `${source.fhirBase}/`;
      sourceBase = new URL(base, globalThis.location?.href);
    } catch {
      sourceBase = undefined;
    }
  }
  let url: URL;
  try {
    url = sourceBase ? new URL(trimmed, sourceBase) : new URL(trimmed);
  } catch {
    return undefined;
  }
  if (url.username || url.password) return undefined;
  const sameOrigin = sourceBase !== undefined && url.origin === sourceBase.origin && (url.protocol === 'https:' || url.protocol === 'http:');
  if (sameOrigin) return { url: url.href, sameOrigin: true };
  const https = safeHttpsUrl(url.href);
  return https ? { url: https, sameOrigin: false } : undefined;
}

type RawAttachment = NonNullable<DocumentReference['content']>[number]['attachment'];

function attachmentBody(attachments: RawAttachment[], source: SourceInfo | undefined): DocumentBody {
  const usable = attachments.filter(isRecord);
  if (usable.length === 0) return { kind: 'problem', problem: 'no-content' };
  const withContent = usable.filter((a) => typeof a.data === 'string' || typeof a.url === 'string');
  if (withContent.length === 0) return { kind: 'problem', problem: 'no-content' };
  // The first one in a format we can show; a PDF and an HTML rendering of the same letter are common.
  const chosen = withContent.find((a) => {
    const type = parseContentType(a.contentType);
    return type !== undefined && formatOf(type.mime) !== undefined;
  });
  if (!chosen) return { kind: 'problem', problem: 'unsupported-type' };
  const type = parseContentType(chosen.contentType)!;
  const format = formatOf(type.mime)!;
  const language = typeof chosen.language === 'string' && LANGUAGE.test(chosen.language) ? chosen.language : undefined;
  const base = { format, contentType: String(chosen.contentType), charset: type.charset, language, sameOriginAsSource: false };
  if (typeof chosen.data === 'string') {
    const data = cleanBase64(chosen.data);
    if (data === undefined) return { kind: 'problem', problem: 'bad-data' };
    if (data.length === 0) return { kind: 'problem', problem: 'no-content' };
    const size = Math.floor((data.length * 3) / 4) - (data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0);
    return { kind: 'attachment', attachment: { ...base, data, size } };
  }
  const resolved = attachmentUrl(String(chosen.url), source);
  if (!resolved) return { kind: 'problem', problem: 'unsafe-url' };
  const size = typeof chosen.size === 'number' && chosen.size >= 0 ? chosen.size : undefined;
  return { kind: 'attachment', attachment: { ...base, url: resolved.url, sameOriginAsSource: resolved.sameOrigin, size } };
}

function sectionsOf(value: unknown, depth = 0): SectionView[] {
  if (depth > 8) return [];
  return array<CompositionSection>(value)
    .filter(isRecord)
    .map((section) => ({
      title: shortTitle(readText(section.title)).title,
      xhtml: isRecord(section.text) && typeof section.text.div === 'string' ? section.text.div : undefined,
      sections: sectionsOf(section.section, depth + 1),
    }))
    .filter((section) => section.title || section.xhtml || section.sections.length > 0);
}

function hasContent(sections: readonly SectionView[]): boolean {
  return sections.some((s) => (s.xhtml !== undefined && s.xhtml.trim() !== '') || hasContent(s.sections));
}

// ---- which documents belong to the journal -------------------------------------------------------

/** True when a DocumentReference belongs to the journal: core's `documentKind` rule, shared with the inbox (which shows the letters). */
export function isJournalDocument(document: DocumentReference): boolean {
  return documentKind(document) === 'journal';
}

function problemFor(index: number, resource: Partial<Resource>, reason: string): ResourceProblem {
  return { index, resourceType: resource.resourceType, id: typeof resource.id === 'string' ? resource.id : undefined, reason };
}

function keyOf(source: SourceInfo | undefined, resourceType: string, id: string): string {
  return `${source?.id ?? 'bundle'}/${resourceType}/${id}`;
}

/**
 * FHIR resources from one source (DocumentReference, Composition and what they reference) -> documents.
 * Hidden: letters, and documents that are `entered-in-error` or `superseded`. Without an id a
 * document cannot be opened and is a problem; anything else wrong is said on the item itself.
 */
export function toJournalDocuments(resources: readonly Resource[], source: SourceInfo | undefined): MappedDocuments {
  const index = indexByReference(resources.filter((r) => isRecord(r)));
  const items: JournalDocumentView[] = [];
  const problems: ResourceProblem[] = [];
  const seen = new Set<string>();
  resources.forEach((resource, position) => {
    if (!isRecord(resource) || (resource.resourceType !== 'DocumentReference' && resource.resourceType !== 'Composition')) return;
    if (typeof resource.id !== 'string') return void problems.push(problemFor(position, resource, 'missing id'));
    const key = keyOf(source, resource.resourceType, resource.id);
    if (seen.has(key)) return;
    seen.add(key);
    if (resource.resourceType === 'DocumentReference') {
      const document = resource as DocumentReference;
      if (document.status === 'entered-in-error' || document.status === 'superseded') return;
      if (document.docStatus === 'entered-in-error') return;
      if (!isJournalDocument(document)) return;
      const attachments = array<{ attachment?: RawAttachment }>(document.content)
        .filter(isRecord)
        .map((c) => c.attachment)
        .filter((a): a is RawAttachment => isRecord(a));
      const first = attachments[0];
      const { title, shortened } = shortTitle(readText(document.description) ?? readText(first?.title) ?? conceptText(document.type));
      const custodian = nameOf(index, document.custodian);
      items.push({
        key,
        id: document.id!,
        resourceType: 'DocumentReference',
        sourceId: source?.id ?? '',
        sourceName: source?.name ?? custodian ?? '',
        title,
        titleShortened: shortened,
        typeText: shortTitle(conceptText(document.type)).title,
        date: parseFhirDateTime(document.date) ?? parseFhirDateTime(first?.creation) ?? parseFhirDateTime(document.context?.period?.start),
        author: shortTitle(array<Reference>(document.author).map((a) => nameOf(index, a)).find(Boolean)).title,
        organization: shortTitle(custodian).title,
        status: document.docStatus === 'preliminary' ? 'preliminary' : document.docStatus === 'amended' ? 'amended' : 'final',
        body: attachmentBody(attachments, source),
        resource: document,
      });
      return;
    }
    const composition = resource as Composition;
    if (composition.status === 'entered-in-error') return;
    const sections = sectionsOf(composition.section);
    const custodian = nameOf(index, composition.custodian);
    const { title, shortened } = shortTitle(readText(composition.title) ?? conceptText(composition.type));
    items.push({
      key,
      id: composition.id!,
      resourceType: 'Composition',
      sourceId: source?.id ?? '',
      sourceName: source?.name ?? custodian ?? '',
      title,
      titleShortened: shortened,
      typeText: shortTitle(conceptText(composition.type)).title,
      date: parseFhirDateTime(composition.date),
      author: shortTitle(array<Reference>(composition.author).map((a) => nameOf(index, a)).find(Boolean)).title,
      organization: shortTitle(custodian).title,
      status: composition.status === 'preliminary' ? 'preliminary' : composition.status === 'amended' ? 'amended' : 'final',
      body: hasContent(sections) ? { kind: 'sections', sections } : { kind: 'problem', problem: 'no-content' },
      resource: composition,
    });
  });
  return { items, problems };
}

/** Newest first; documents without a date last, then by title. */
export function sortDocuments(items: readonly JournalDocumentView[]): JournalDocumentView[] {
  return [...items].sort((a, b) => {
    if (a.date && b.date) return b.date.getTime() - a.date.getTime();
    if (a.date) return -1;
    if (b.date) return 1;
    return (a.title ?? '').localeCompare(b.title ?? '', 'nb');
  });
}

export interface MonthGroup {
  /** `YYYY-MM` in Oslo time, or `undated`. */
  key: string;
  /** First day of the month (for its name); undefined for `undated`. */
  month?: Date;
  items: JournalDocumentView[];
}

export interface SourceGroup {
  sourceId: string;
  sourceName: string;
  months: MonthGroup[];
}

/**
 * Groups by source (in the given order, then by name), then by month, newest first; the
 * documents without a date come last in their source.
 */
export function groupDocuments(items: readonly JournalDocumentView[], sourceOrder: readonly string[] = []): SourceGroup[] {
  const bySource = new Map<string, SourceGroup>();
  for (const item of sortDocuments(items)) {
    const groupKey = item.sourceId || `bundle:${item.sourceName}`;
    let group = bySource.get(groupKey);
    if (!group) {
      group = { sourceId: item.sourceId, sourceName: item.sourceName, months: [] };
      bySource.set(groupKey, group);
    }
    const monthKey = item.date ? osloDayKey(item.date).slice(0, 7) : 'undated';
    let month = group.months.find((m) => m.key === monthKey);
    if (!month) {
      month = { key: monthKey, month: item.date ? new Date(`${monthKey}-15T12:00:00Z`) : undefined, items: [] };
      group.months.push(month);
    }
    month.items.push(item);
  }
  const rank = (group: SourceGroup) => {
    const at = sourceOrder.indexOf(group.sourceId);
    return at < 0 ? sourceOrder.length : at;
  };
  // Unnamed sources (bundle mode without custodian) come last.
  const unnamed = (group: SourceGroup) => (group.sourceName ? 0 : 1);
  return [...bySource.values()].sort(
    (a, b) => rank(a) - rank(b) || unnamed(a) - unnamed(b) || a.sourceName.localeCompare(b.sourceName, 'nb'),
  );
}

// ---- the access log ------------------------------------------------------------------------------

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

function referenceType(reference: Reference | undefined): string | undefined {
  const ref = isRecord(reference) && typeof reference.reference === 'string' ? reference.reference : undefined;
  return ref ? /([A-Z][A-Za-z]+)\/[^/]+(?:\/_history\/[^/]+)?$/.exec(ref)?.[1] : undefined;
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
    const isOrganization = (agent: Agent) => ['Organization', 'Device'].includes(referenceType(agent.who) ?? '');
    const person =
      agents.find((a) => a.requestor === true && !isOrganization(a)) ?? agents.find((a) => !isOrganization(a) && (a.who || a.name));
    const organizationAgent = agents.find((a) => referenceType(a.who) === 'Organization');
    const role = resolveReference<PractitionerRole>(index, person?.who?.reference, 'PractitionerRole');
    const practitioner =
      resolveReference<Practitioner>(index, person?.who?.reference, 'Practitioner') ??
      resolveReference<Practitioner>(index, role?.practitioner?.reference, 'Practitioner');
    const who = nameOf(index, person?.who) ?? readText(person?.name);
    const roleText =
      array<CodeableConcept>(person?.role).map(conceptText).find(Boolean) ??
      conceptText(person?.type) ??
      array<CodeableConcept>(role?.code).map(conceptText).find(Boolean) ??
      conceptText(array<{ code?: CodeableConcept }>(practitioner?.qualification).find(isRecord)?.code);
    const organization = nameOf(index, organizationAgent?.who) ?? nameOf(index, role?.organization);
    const purposes = [...array<unknown>(event.purposeOfEvent), ...array<unknown>(person?.purposeOfUse)];
    const entities = array<Entity>(event.entity).filter((e): e is Entity => isRecord(e));
    const specific = entities.find((e) => referenceType(e.what) !== 'Patient' && (readText(e.what?.display) || readText(e.name) || readText(e.description)));
    const wholeJournal = !specific && entities.some((e) => referenceType(e.what) === 'Patient');
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
