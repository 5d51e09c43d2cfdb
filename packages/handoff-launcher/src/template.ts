import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HandoffLink, Locale, Session, Source } from '@hn-elements/core';
import type { LauncherVariant } from './hn-handoff-launcher.js';

export interface LauncherTemplateOptions {
  /** The hand-off target read from data (core's `readHandoffLink` / `handoffUrl`). */
  link: HandoffLink;
  /** What the citizen does there ("Endre time", "Start", "Åpne skjemaet"). */
  label: string;
  /** Where the citizen goes (the source's name); said in the control's text. */
  destination?: string;
  /** What the control acts on (the tool's or appointment's name): heard, not shown (the launcher's `subject`). */
  subject?: string;
  /** The language of the source's words: `subject`, and `destination` when `destinationIsSource` (core's `sourceLanguage`). */
  lang?: string;
  /** `destination` is the source's name (not the component's own words, such as "Helfo"). */
  destinationIsSource?: boolean;
  locale: Locale;
  session: Session | undefined;
  /**
   * The source the link came from, in live mode. A SMART link then launches with that source's FHIR
   * base as `iss`; without a source (a host-supplied bundle) the link opens as a plain deep link.
   */
  source?: Source;
  variant?: LauncherVariant;
  /** The `part` name a host may style it by (`change`, `launch`). */
  part?: string;
}

/** The FHIR base as an absolute URL without its final `/`, as SMART's `iss` is written. */
function absoluteBase(base: string): string | undefined {
  try {
    return new URL(base, document.baseURI).href.replace(/\/$/, '');
  } catch {
    return undefined;
  }
}

/**
 * How a component renders `<hn-handoff-launcher>` for a link from its data: one template for the
 * appointment list's "Endre time", the tool catalogue's "Start" and the inbox's "Åpne skjemaet".
 * The element still checks the target against the session's allowlist when it renders.
 */
export function launcherTemplate(options: LauncherTemplateOptions) {
  const { link, source } = options;
  const iss = link.smart && source ? absoluteBase(source.fhirBase) : undefined;
  return html`<hn-handoff-launcher
    part=${ifDefined(options.part)}
    href=${link.href}
    destination=${ifDefined(options.destination || undefined)}
    label=${options.label}
    subject=${ifDefined(options.subject || undefined)}
    subject-lang=${ifDefined(options.subject ? options.lang : undefined)}
    destination-lang=${ifDefined(options.destinationIsSource && options.destination ? options.lang : undefined)}
    variant=${options.variant ?? 'secondary'}
    locale=${options.locale}
    launch=${ifDefined(iss ? 'smart' : undefined)}
    iss=${ifDefined(iss)}
    source-id=${ifDefined(iss ? source?.id : undefined)}
    .session=${options.session}
  ></hn-handoff-launcher>`;
}
