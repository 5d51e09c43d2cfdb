/**
 * Readers for the small FHIR datatypes every component shows as text: strings, CodeableConcept,
 * HumanName and the `name` of a resource. Tolerant of shape (anything that is not the expected
 * type reads as nothing, never an exception) and safe for display (unpaired bidi controls removed).
 */
import type { Resource } from '@medplum/fhirtypes';
import { isRecord, referenceType, resolveReference } from './validate.js';

/** Explicit directional formatting: embeddings and overrides (LRE, RLE, LRO, RLO) closed by PDF. */
const EMBEDDING_OPENERS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
const POP_DIRECTIONAL_FORMATTING = '\u202C';
/** Directional isolates (LRI, RLI, FSI) closed by PDI. */
const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', '\u2068']);
const POP_DIRECTIONAL_ISOLATE = '\u2069';
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * Removes bidi formatting controls that are not closed inside the text (and closers with nothing to
 * close), so text from a source cannot reverse or reorder what follows it on the page: "Brev\u202E
 * fdp.exe" reads "Brev fdp.exe", not "Brevexe.pdf". A closer also ends the embeddings opened inside
 * an isolate it closes, and the end of a line ends everything, as in the Unicode bidi algorithm.
 * Pairs that close are kept: they only shape the text between them.
 */
export function withoutUnpairedBidi(value: string): string {
  if (!BIDI_CONTROL.test(value)) return value;
  const chars = [...value];
  const keep = chars.map(() => true);
  /** Open controls: their index and whether they are an isolate. */
  let open: { at: number; isolate: boolean }[] = [];
  const dropOpen = () => {
    for (const entry of open) keep[entry.at] = false;
    open = [];
  };
  chars.forEach((char, at) => {
    if (EMBEDDING_OPENERS.has(char)) open.push({ at, isolate: false });
    else if (ISOLATE_OPENERS.has(char)) open.push({ at, isolate: true });
    else if (char === POP_DIRECTIONAL_FORMATTING) {
      const top = open[open.length - 1];
      if (top && !top.isolate) open.pop();
      else keep[at] = false;
    } else if (char === POP_DIRECTIONAL_ISOLATE) {
      const isolateAt = open.map((entry) => entry.isolate).lastIndexOf(true);
      if (isolateAt < 0) keep[at] = false;
      else {
        // Embeddings opened inside the isolate and left open end with it: they are unpaired.
        for (const entry of open.slice(isolateAt + 1)) keep[entry.at] = false;
        open = open.slice(0, isolateAt);
      }
    } else if (char === '\n' || char === '\r' || char === '\u2029') dropOpen();
  });
  dropOpen();
  return chars.filter((_, at) => keep[at]).join('');
}

/** A string from a source: trimmed, unpaired bidi controls removed; empty or not a string is `undefined`. */
export function readText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const clean = withoutUnpairedBidi(value).trim();
  return clean ? clean : undefined;
}

/** A CodeableConcept in words: its `text`, else the first coding's `display`. */
export function conceptText(concept: unknown): string | undefined {
  if (!isRecord(concept)) return undefined;
  const codings = Array.isArray(concept['coding']) ? concept['coding'] : [];
  const display = codings.map((coding: unknown) => (isRecord(coding) ? readText(coding['display']) : undefined)).find(Boolean);
  return readText(concept['text']) ?? display;
}

/** A HumanName in words: its `text`, else the given names and the family name. */
export function humanNameText(name: unknown): string | undefined {
  if (!isRecord(name)) return undefined;
  const given = Array.isArray(name['given']) ? name['given'].filter((part): part is string => typeof part === 'string') : [];
  const family = typeof name['family'] === 'string' ? name['family'] : undefined;
  return readText(name['text']) ?? readText([...given, family].filter(Boolean).join(' '));
}

/**
 * The name of a resource: the first usable HumanName of a Patient, Practitioner or RelatedPerson,
 * the `name` string of an Organization, Location or HealthcareService, or a Device's `deviceName`.
 */
export function resourceName(resource: unknown): string | undefined {
  if (!isRecord(resource)) return undefined;
  const name = resource['name'];
  if (typeof name === 'string') return readText(name);
  const entries = Array.isArray(name) ? name : Array.isArray(resource['deviceName']) ? resource['deviceName'] : [];
  for (const entry of entries) {
    const read = humanNameText(entry) ?? (isRecord(entry) ? readText(entry['name']) : undefined);
    if (read) return read;
  }
  return undefined;
}

/**
 * A Reference in words, for "from" and "by" lines: its `display`; else the name of the resource it
 * points at, looked up among the resources `contained` in `container` (`#id`) or in `index` (the
 * same source's resources, any type); else nothing. A PractitionerRole has no name of its own: it
 * reads as its practitioner (one step; a role pointing at a role names no one). A reference by
 * `identifier` only names no one we can show, so it reads as nothing too, and the caller says "not
 * given" rather than guessing.
 */
export function referenceDisplay(
  reference: unknown,
  index: ReadonlyMap<string, Resource>,
  container?: { contained?: unknown },
): string | undefined {
  return displayOf(reference, index, container, true);
}

function displayOf(reference: unknown, index: ReadonlyMap<string, Resource>, container: { contained?: unknown } | undefined, followRole: boolean): string | undefined {
  if (!isRecord(reference)) return undefined;
  const shown = readText(reference['display']);
  if (shown) return shown;
  const target = readText(reference['reference']);
  if (!target) return undefined;
  let resource: unknown;
  if (target.startsWith('#')) {
    const contained = Array.isArray(container?.contained) ? container.contained : [];
    resource = contained.find((candidate: unknown) => isRecord(candidate) && candidate['id'] === target.slice(1));
  } else {
    const type = referenceType(target);
    resource = type ? resolveReference(index, target, type as Resource['resourceType']) : undefined;
  }
  if (isRecord(resource) && resource['resourceType'] === 'PractitionerRole') {
    return followRole ? displayOf(resource['practitioner'], index, container, false) : undefined;
  }
  return resourceName(resource);
}
