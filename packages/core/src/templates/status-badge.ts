import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/**
 * A short status word with a tone, rendered straight into the caller's shadow root and styled by
 * core's shared styles (`.status-badge`). Components use this inside list items: a badge per item
 * as an element would cost a custom element and a shadow root each. `<hn-status-badge>` renders
 * the same markup for hosts that want it as a tag.
 */
export function statusBadge(tone: BadgeTone, label: string, part?: string, id?: string): TemplateResult {
  return html`<span id=${ifDefined(id)} part=${ifDefined(part)} class="status-badge status-badge--${tone}">${label}</span>`;
}
