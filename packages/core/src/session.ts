import { createContext } from '@lit/context';

/** Languages every string exists in. `nb` is the default. */
export type Locale = 'nb' | 'nn' | 'en';
export const LOCALES: readonly Locale[] = ['nb', 'nn', 'en'];
export const DEFAULT_LOCALE: Locale = 'nb';

/** A person as the components need to name them. */
export interface PersonRef {
  /** FHIR logical reference, e.g. `Patient/123`. */
  reference: string;
  /** Display name in natural order, e.g. "Kari Nordmann". */
  name: string;
  /**
   * FHIR `date` of birth, when the portal knows it (`2015-09-03`). Rules that depend on the
   * represented person's age read it (`representedAge`, core/src/representation-age.ts).
   */
  birthDate?: string;
}

/** What a representation lets the actor see and do. */
export type RepresentationScope = 'appointments' | 'inbox' | 'tools' | 'journal';

export type RepresentationRelation = 'parent' | 'power-of-attorney' | 'guardian';

export interface Representation {
  /** The person the actor acts on behalf of. */
  person: PersonRef;
  relation: RepresentationRelation;
  scopes: readonly RepresentationScope[];
}

/** One FHIR R4 server that feeds the components. */
export interface Source {
  /** Stable id used in events and attribution, e.g. `helse-vest`. */
  id: string;
  /** Plain-language name shown to the citizen, e.g. "Helse Bergen". */
  name: string;
  /** Base URL of the FHIR R4 API, without a trailing slash. */
  fhirBase: string;
  /** Returns a bearer token for this source. Tokens are never stored by the components. */
  getAccessToken?: () => Promise<string>;
  /**
   * BCP 47 language the source writes its text in (titles, messages, notes), e.g. `nb` or `nn`.
   * Default `nb`. A resource's own `language` wins (see `sourceLanguage`).
   */
  language?: string;
}

export interface HandoffTicketRequest {
  target: string;
  sourceId?: string;
}

export interface HandoffSettings {
  /** Exact origins (scheme://host[:port]) a hand-off may go to. */
  allowedOrigins: readonly string[];
  /** Asks the portal for an opaque, short-lived launch id for SMART targets. */
  issueTicket?: (request: HandoffTicketRequest) => Promise<string>;
}

/** Everything a component knows about who is using it and where data comes from. */
export interface Session {
  /** The person whose data is shown: the actor, or the represented person. */
  patient: PersonRef;
  /** The logged-in citizen. */
  actor: PersonRef;
  /** Present when the actor acts on behalf of someone else. */
  representation?: Representation;
  /**
   * True when the page around the components (the shell) already says, once for the page, on whose
   * behalf the citizen acts: the components then leave their own "on behalf of" banner out, so the
   * page says it once. Unset (a component used alone, or a host that shows no such notice): every
   * component shows its banner.
   */
  onBehalfShownByHost?: boolean;
  locale: Locale;
  sources: readonly Source[];
  handoff: HandoffSettings;
}

/** Context key: the shell (or any ancestor) provides the session to every component below it. */
export const sessionContext = createContext<Session | undefined>(Symbol.for('hn-elements.session'));

/** True when the session lets the actor see data of the given scope. */
export function sessionAllows(session: Session | undefined, scope: RepresentationScope): boolean {
  if (!session?.representation) return true;
  return session.representation.scopes.includes(scope);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
