import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { coreMessages } from '../i18n/core-messages.js';
import { translate } from '../i18n/messages.js';
import type { Locale } from '../session.js';

/**
 * Names the source system an item comes from ("Fra Helse Bergen"), rendered straight into the
 * caller's shadow root and styled by core's shared styles (`.source-label`). The template form of
 * `<hn-source-label>`, for list items (see statusBadge).
 */
export function sourceLabel(locale: Locale, name: string, part?: string): TemplateResult {
  return html`<span part=${ifDefined(part)} class="source-label">${translate(coreMessages, locale, 'source', { name })}</span>`;
}
