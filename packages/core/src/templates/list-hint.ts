import { html, type TemplateResult } from 'lit';
import { coreMessages } from '../i18n/core-messages.js';
import { translate } from '../i18n/messages.js';
import type { Locale } from '../session.js';

/** The id of a list's hint in a component's shadow root; each item's `aria-describedby` names it. */
export const LIST_HINT_ID = 'list-hint';

/**
 * The hint of a list that is one tab stop with the arrow keys between its items (the appointment
 * list, the inbox, the journal's documents): "Bruk piltastene for å gå mellom timene." A screen
 * reader says it as the description of the item that gets focus, so a citizen who tabs into the
 * list learns how to move on. Hidden: it describes, it is not shown or read in browse mode.
 * `items` names the list's items in the locale ("timene", "timane", "appointments").
 */
export function listHint(locale: Locale, items: string, id: string = LIST_HINT_ID): TemplateResult {
  return html`<p id=${id} hidden>${translate(coreMessages, locale, 'listHint', { items })}</p>`;
}
