// A test harness for <hn-test-results>: tests ask for what a citizen sees and does (the answers, a
// result's row, what the source notice says, "search for crp") instead of reaching into the element.
import { deepText, ListHarness } from '@hn-elements/test-support';
import type { HnTestResults } from '../src/hn-test-results.js';

export class TestResultsHarness extends ListHarness<HnTestResults> {
  titleElement(item: HTMLElement): HTMLElement {
    return item.querySelector<HTMLElement>('[role="heading"]')!;
  }

  keyOf(item: HTMLElement): string {
    return item.querySelector<HTMLElement>('article[data-key]')!.dataset['key']!;
  }

  item(key: string): HTMLElement {
    const found = this.items().find((item) => this.keyOf(item) === key);
    if (!found) throw new Error(`no answer ${key}; listed: ${this.items().map((i) => this.keyOf(i)).join(', ')}`);
    return found;
  }

  /** Each result row of an answer as its cells' text: test, result, range, assessment. */
  rows(item: HTMLElement): string[][] {
    return [...item.querySelectorAll('table.results tbody tr')].map((row) => [...row.children].map((cell) => deepText(cell).replace(/\s+/g, ' ').trim()));
  }

  /** The answer's status badge and its explanation. */
  status(item: HTMLElement): [string, string] {
    return [item.querySelector('[part="status"]')!.textContent!.trim(), item.querySelector('.status-text')!.textContent!.trim()];
  }

  /** The "Hva betyr svaret på …?" buttons of an answer. */
  explanationButtons(item: HTMLElement): HTMLButtonElement[] {
    return [...item.querySelectorAll<HTMLButtonElement>('[part="explanation"] button')];
  }

  /** Opens "Hva betyr svaret …?" by its button and gives the text it shows once its language has loaded (or failed to). */
  async openExplanation(button: HTMLButtonElement): Promise<string> {
    button.click();
    await this.element.loadComplete;
    return this.explanationText(button);
  }

  /** The text under a "Hva betyr svaret …?" button, as it is now. */
  explanationText(button: HTMLButtonElement): string {
    return deepText(this.root.getElementById(button.getAttribute('aria-controls')!)!).replace(/\s+/g, ' ').trim();
  }

  /** The trends: each section's heading, summary, and its table's rows. */
  trends(): { name: string; summary: string; chart: string; rows: string[][] }[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part="trend"]')].map((section) => ({
      name: section.querySelector('[role="heading"]')!.textContent!.trim(),
      summary: section.querySelector('.trend-summary')!.textContent!.trim(),
      chart: section.querySelector('svg')!.getAttribute('aria-label')!,
      rows: [...section.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim())),
    }));
  }

  /** The trend section (heading, summary, chart, table) of the test named `name` ("CRP (mg/L)"). */
  trendSection(name: string): HTMLElement {
    const found = [...this.root.querySelectorAll<HTMLElement>('[part="trend"]')].find((section) => section.querySelector('[role="heading"]')!.textContent!.trim() === name);
    if (!found) throw new Error(`no trend ${name}; shown: ${this.trends().map((t) => t.name).join(', ')}`);
    return found;
  }

  /** The table of a trend section, or of an answer: its caption, and its rows' cells. */
  table(section: HTMLElement): { caption: HTMLElement; cells: HTMLElement[][] } {
    return {
      caption: section.querySelector<HTMLElement>('caption')!,
      cells: [...section.querySelectorAll('tbody tr')].map((row) => [...row.children] as HTMLElement[]),
    };
  }

  /** The comment lines under an answer's results ("Kommentar fra den som svarte (CRP): …"). */
  notes(item: HTMLElement): HTMLElement[] {
    return [...item.querySelectorAll<HTMLElement>('.note')];
  }

  /** The filter's control labelled `label`. */
  control<T extends HTMLInputElement | HTMLSelectElement>(label: RegExp): T {
    const field = [...this.root.querySelectorAll<HTMLLabelElement>('[part="filters"] label')].find((l) => label.test(l.querySelector('span')!.textContent ?? ''));
    if (!field) throw new Error(`no filter ${label}`);
    return field.querySelector<T>('input, select')!;
  }

  noticeText(): string {
    const notice = this.root.querySelector('hn-sources-notice');
    return notice?.shadowRoot ? deepText(notice.shadowRoot).replace(/\s+/g, ' ').trim() : '';
  }

  /** The text of an `<hn-state>` of `kind` ('' when none). */
  stateText(kind: 'empty' | 'error' | 'loading'): string {
    const state = this.root.querySelector(`hn-state[kind="${kind}"]`);
    return state?.shadowRoot ? deepText(state.shadowRoot).replace(/\s+/g, ' ').trim() : '';
  }

  withheldText(): string {
    return this.root.querySelector('.withheld')?.textContent?.trim() ?? '';
  }
}

export const harness = (element: HnTestResults) => new TestResultsHarness(element);
