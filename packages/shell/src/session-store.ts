import {
  isLocale,
  type HandoffSettings,
  type Locale,
  type PersonRef,
  type Representation,
  type Session,
  type Source,
} from '@hn-elements/core';
import type { ShellLogin } from './types.js';

/** The playground's simulated login: Kari Nordmann, her child Ola, and Per Hansen who gave her power of attorney. */
export const simulatedLogin: ShellLogin = {
  actor: { reference: 'Patient/kari', name: 'Kari Nordmann' },
  representations: [
    {
      person: { reference: 'Patient/ola', name: 'Ola Nordmann' },
      relation: 'parent',
      scopes: ['appointments', 'inbox', 'tools', 'journal'],
    },
    {
      person: { reference: 'Patient/per', name: 'Per Hansen' },
      relation: 'power-of-attorney',
      scopes: ['appointments', 'inbox', 'tools'],
    },
  ],
};

/** Makes a relative `fhirBase` absolute against the page, without a trailing slash. */
export function normalizeSources(sources: readonly Source[], base = document.baseURI): Source[] {
  return sources.map((source) => ({
    ...source,
    fhirBase: new URL(source.fhirBase, base).href.replace(/\/+$/, ''),
  }));
}

export interface SessionStoreInit {
  login: ShellLogin;
  sources: readonly Source[];
  allowedOrigins: readonly string[];
  issueTicket?: HandoffSettings['issueTicket'];
  locale: Locale;
}

/**
 * Holds what the shell knows about the citizen and builds the `Session` every
 * micro-frontend receives. Each change makes a new, frozen `Session` object and fires `change`.
 */
export class SessionStore extends EventTarget {
  readonly actor: PersonRef;
  readonly representations: readonly Representation[];
  #sources: readonly Source[];
  #handoff: HandoffSettings;
  #locale: Locale;
  #representation: Representation | undefined;
  #session: Session;

  constructor(init: SessionStoreInit) {
    super();
    this.actor = init.login.actor;
    this.representations = init.login.representations;
    this.#sources = Object.freeze(normalizeSources(init.sources));
    this.#handoff = Object.freeze({
      allowedOrigins: Object.freeze([...init.allowedOrigins]),
      ...(init.issueTicket ? { issueTicket: init.issueTicket } : {}),
    });
    this.#locale = init.locale;
    this.#session = this.#build();
  }

  get session(): Session {
    return this.#session;
  }

  get locale(): Locale {
    return this.#locale;
  }

  get representation(): Representation | undefined {
    return this.#representation;
  }

  setLocale(locale: Locale): void {
    if (!isLocale(locale)) throw new TypeError(`Unsupported locale: ${String(locale)}`);
    if (locale === this.#locale) return;
    this.#locale = locale;
    this.#changed();
  }

  setRepresentation(reference: string | null): void {
    const next =
      reference === null || reference === this.actor.reference
        ? undefined
        : this.representations.find((r) => r.person.reference === reference);
    if (reference !== null && reference !== this.actor.reference && !next) {
      throw new RangeError(`No representation for ${reference}`);
    }
    if (next === this.#representation) return;
    this.#representation = next;
    this.#changed();
  }

  #changed(): void {
    this.#session = this.#build();
    this.dispatchEvent(new Event('change'));
  }

  #build(): Session {
    const representation = this.#representation;
    return Object.freeze({
      patient: representation ? representation.person : this.actor,
      actor: this.actor,
      // The header's notice says on whose behalf, once for the page; the components leave theirs out.
      ...(representation ? { representation, onBehalfShownByHost: true } : {}),
      locale: this.#locale,
      sources: this.#sources,
      handoff: this.#handoff,
    });
  }
}
