/**
 * One item of a component named in a page address's fragment, so a link can lead to it: a
 * referral's appointment (`/appointments#helse-bergen/Appointment/123`), its letter
 * (`/inbox#helse-bergen/DocumentReference/456`). The fragment is `<source id>/<Resource>/<id>`, or
 * `<Resource>/<id>` for an item from a host's bundle (which has no source id).
 */
export interface ItemTarget {
  /** The source the item is from; undefined for a host's bundle. */
  sourceId?: string;
  /** The FHIR resource: `Appointment/123`. */
  reference: string;
}

const RESOURCE = /^[A-Z][A-Za-z]+$/;
const ID = /^[A-Za-z0-9\-.]{1,64}$/;
const SOURCE = /^[A-Za-z0-9][A-Za-z0-9\-_.]{0,63}$/;

/** The fragment (without `#`) that names `target`. */
export function itemFragment(target: ItemTarget): string {
  return target.sourceId ? `${target.sourceId}/${target.reference}` : target.reference;
}

/**
 * The item a fragment names (`location.hash`, with or without `#`), or undefined when it names
 * none: anything but `[source/]Resource/id` with a FHIR resource type and id is not an item.
 */
export function itemTargetFrom(hash: string): ItemTarget | undefined {
  let text = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    text = decodeURIComponent(text);
  } catch {
    return undefined;
  }
  const parts = text.split('/');
  if (parts.length === 2 && RESOURCE.test(parts[0]!) && ID.test(parts[1]!)) return { reference: `${parts[0]}/${parts[1]}` };
  if (parts.length === 3 && SOURCE.test(parts[0]!) && RESOURCE.test(parts[1]!) && ID.test(parts[2]!)) return { sourceId: parts[0]!, reference: `${parts[1]}/${parts[2]}` };
  return undefined;
}

/** True when an item from `sourceId` ('' for a host's bundle) with `reference` is the one `target` names. */
export function isItemTarget(target: ItemTarget, sourceId: string, reference: string): boolean {
  return (target.sourceId ?? '') === sourceId && target.reference === reference;
}
