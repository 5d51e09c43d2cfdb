// A test harness for <hn-referrals>: tests ask it for what a citizen sees and does ("the
// referrals", "the state of this one", "the Helfo launcher") instead of the element's markup.
import { deepActiveElement, deepText, ListHarness } from '@hn-elements/test-support';
import type { HnReferrals } from '../src/hn-referrals.js';

export class ReferralsHarness extends ListHarness<HnReferrals> {
  keyOf(item: HTMLElement): string {
    return this.article(item).dataset['key']!;
  }

  item(key: string): HTMLElement {
    const found = this.items().find((item) => this.keyOf(item) === key);
    if (!found) throw new Error(`no referral ${key}; listed: ${this.items().map((i) => this.keyOf(i)).join(', ')}`);
    return found;
  }

  article(item: HTMLElement): HTMLElement {
    return item.querySelector<HTMLElement>('article[data-key]')!;
  }

  titleElement(item: HTMLElement): HTMLElement {
    return item.querySelector<HTMLElement>('.title')!;
  }

  /** The state as the word its badge shows ("Blir vurdert", "Avvist", …). */
  stateOf(item: HTMLElement): string {
    return item.querySelector('.status-badge')!.textContent!.trim();
  }

  /** Everything one referral shows, as text. */
  textOf(item: HTMLElement): string {
    return deepText(item);
  }

  /** The hand-off launcher of `part` (`deadline-help`, `free-choice`) in the referral, or null. */
  launcher(item: HTMLElement, part: 'deadline-help' | 'free-choice'): HTMLElement | null {
    return item.querySelector<HTMLElement>(`hn-handoff-launcher[part="${part}"]`);
  }

  /** The timeline's steps as their text, and which one is current. */
  steps(item: HTMLElement): Array<{ text: string; current: boolean }> {
    return [...item.querySelectorAll('.timeline li')].map((li) => ({ text: li.textContent!.replace(/\s+/g, ' ').trim(), current: li.getAttribute('aria-current') === 'step' }));
  }

  /** The referral that has focus (its `part="item"` element), or undefined. */
  focusedItem(): HTMLElement | undefined {
    const focused = deepActiveElement();
    return this.items().find((item) => item.querySelector('article[data-key]') === focused);
  }


  /** The group headings ("Henvisninger som er i gang", "Avsluttede henvisninger"). */
  groups(): string[] {
    return [...this.root.querySelectorAll('.group-heading')].map((h) => h.textContent!.trim());
  }

  noticeText(): string {
    const notice = this.root.querySelector('hn-sources-notice');
    return notice?.shadowRoot ? deepText(notice.shadowRoot).trim() : '';
  }

  errorText(): string {
    const alert = this.root.querySelector('hn-state[kind="error"]')?.shadowRoot?.querySelector('[role="alert"]');
    return alert ? deepText(alert).replace(/\s+/g, ' ').trim() : '';
  }

}

export function harness(element: HnReferrals): ReferralsHarness {
  return new ReferralsHarness(element);
}
