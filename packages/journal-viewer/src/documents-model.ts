import type { Composition, CompositionSection, DocumentReference, Reference, Resource } from '@hn-elements/core';
import { conceptText, documentKind, indexByReference, isRecord, osloDayKey, parseFhirDateTime, readText, referenceDisplay, type ResourceProblem } from '@hn-elements/core';
import { attachmentBody, type AttachmentBody, type RawAttachment } from './attachments-model.js';
import { array, problemFor, shortTitle, type SourceInfo } from './model-readers.js';

/**
 * FHIR R4 DocumentReference and Composition -> the journal's documents, and their grouping by
 * source and month. Pure functions: no DOM, no fetching. Which DocumentReference is a letter (the
 * inbox's) and which a journal document is core's rule (`documentKind`).
 */

export interface SectionView {
  title?: string;
  /** XHTML narrative as the source gave it; sanitised only when rendered. */
  xhtml?: string;
  sections: SectionView[];
}

export type DocumentBody = AttachmentBody | { kind: 'sections'; sections: SectionView[] };

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
      const custodian = referenceDisplay(document.custodian, index, document);
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
        author: shortTitle(array<Reference>(document.author).map((a) => referenceDisplay(a, index, document)).find(Boolean)).title,
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
    const custodian = referenceDisplay(composition.custodian, index, composition);
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
      author: shortTitle(array<Reference>(composition.author).map((a) => referenceDisplay(a, index, composition)).find(Boolean)).title,
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

