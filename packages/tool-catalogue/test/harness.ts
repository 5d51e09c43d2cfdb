// A test harness for <hn-tool-catalogue>, in the manner of Material Web's harnesses: tests ask it
// for what a citizen sees and does ("the tools", "search for søvn", "choose Kartlegging", "start
// this tool") instead of reaching into the element's private fields or its CSS class names. When
// the element's markup changes, this file changes; the tests do not.
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, deepQuery, deepText, ListHarness } from '@hn-elements/test-support';
import type { HnHandoffLauncher } from '@hn-elements/handoff-launcher';
import type { HnToolCatalogue } from '../src/hn-tool-catalogue.js';

/**
 * `element`, `loaded()`, `settled()`, `items()` (the tools, as their `part="item"` elements, in
 * order: assigned first), `titles()` and `text()` come from the shared `ListHarness`.
 */
export class ToolCatalogueHarness extends ListHarness<HnToolCatalogue> {
  // ---- the tools -----------------------------------------------------------------------------

  /** The element with a tool's name: the heading its article is labelled by (`titleOf` gives its text). */
  titleElement(item: HTMLElement): HTMLElement {
    return item.querySelector<HTMLElement>('article [role="heading"]')!;
  }

  /** The paragraph with a tool's description from its source, or null. */
  descriptionElement(item: HTMLElement): HTMLElement | null {
    return item.querySelector<HTMLElement>('p.description');
  }

  /** The tool whose name is `title`, or undefined. */
  item(title: string): HTMLElement | undefined {
    return this.items().find((item) => this.titleOf(item) === title);
  }

  /** Everything a tool says (heading, kind, description, assignment, source, launcher), as text. */
  textOf(item: HTMLElement): string {
    return deepText(item);
  }

  /** The headings of the sections ("Tildelt deg", "Alle verktøy"), in order. */
  sectionTitles(): string[] {
    return [...this.root.querySelectorAll('section[aria-labelledby]')].map((section) => this.sectionHeading(section).textContent!.trim());
  }

  /** The tools under the first heading, the tools assigned to the citizen (or to whom they act for). */
  assignedItems(): HTMLElement[] {
    const section = [...this.root.querySelectorAll('section[aria-labelledby]')].find((s) => this.sectionHeading(s).id === 'assigned-heading');
    return [...(section?.querySelectorAll<HTMLElement>('[part="item"]') ?? [])];
  }

  private sectionHeading(section: Element): HTMLElement {
    return this.root.getElementById(section.getAttribute('aria-labelledby')!)!;
  }

  /** "Viser 4 av 4 verktøy." ('' when no count is shown). */
  countText(): string {
    const list = this.root.querySelector('[part="controls"]');
    const count = list?.nextElementSibling;
    return count?.localName === 'p' ? count.textContent!.trim() : '';
  }

  /** The tool that has focus (its `part="item"` element), or undefined. */
  focusedItem(): HTMLElement | undefined {
    const focused = deepActiveElement();
    return this.items().find((item) => item.querySelector('article') === focused);
  }


  // ---- search and filters --------------------------------------------------------------------

  /** The polite live region that says how many tools are shown. */
  liveRegion(): HTMLElement {
    return this.root.querySelector<HTMLElement>('[role="status"][aria-live="polite"]')!;
  }

  /** What the live region says now. */
  override announcement(): string {
    return this.liveRegion().textContent!.trim();
  }

  /** The search field ("Søk i verktøy"). */
  searchField(): HTMLInputElement {
    return this.root.querySelector<HTMLInputElement>('[part="controls"] input[type="search"]')!;
  }

  /** Types `text` into the search field from the keyboard (focusing it first), then waits for the render. */
  async typeSearch(text: string): Promise<void> {
    const field = this.searchField();
    if (this.root.activeElement !== field) field.focus();
    await sendKeys({ type: text });
    await this.settled();
  }

  /** The category choices ("Alle", "Læring", "Kartlegging", "Behandling"), as toggle buttons. */
  categoryButtons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[part="controls"] [role="group"] button[aria-pressed]')];
  }

  /** The category choice whose label matches. */
  categoryButton(label: RegExp): HTMLButtonElement {
    const found = this.categoryButtons().find((b) => label.test(b.textContent ?? ''));
    if (!found) throw new Error(`no filter ${label}`);
    return found;
  }

  /** The "only the tools assigned to me" checkbox. */
  assignedOnlyBox(): HTMLInputElement {
    return this.root.querySelector<HTMLInputElement>('[part="controls"] input[type="checkbox"]')!;
  }

  /** The text of that checkbox's label. */
  assignedOnlyLabel(): string {
    return deepText(this.assignedOnlyBox().closest('label')!).trim();
  }

  /** The button of the "no match" state that clears the search and every filter, or null. */
  clearButton(): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>('hn-state[kind="empty"] button');
  }

  // ---- starting a tool -----------------------------------------------------------------------

  /** The tool's launcher, rendered; null when the tool cannot be started here. */
  async launcher(item: HTMLElement): Promise<HnHandoffLauncher | null> {
    const launcher = item.querySelector<HnHandoffLauncher>('hn-handoff-launcher');
    if (launcher) await launcher.updateComplete;
    return launcher;
  }

  /** The launcher's control (the link or button that starts the tool). */
  async startControl(item: HTMLElement): Promise<HTMLElement> {
    const launcher = await this.launcher(item);
    if (!launcher) throw new Error(`no launcher for ${this.titleOf(item)}`);
    return deepQuery<HTMLElement>(launcher.shadowRoot!, '[part="control"]')!;
  }

  /** Presses the tool's start control, and waits until its launcher has rendered the outcome. */
  async start(item: HTMLElement): Promise<void> {
    (await this.startControl(item)).click();
    await (await this.launcher(item))!.updateComplete;
  }

  /** What the tool's launcher says went wrong (role="alert"), or null. */
  async launchError(item: HTMLElement): Promise<HTMLElement | null> {
    const launcher = await this.launcher(item);
    return launcher ? deepQuery<HTMLElement>(launcher.shadowRoot!, '[role="alert"]') : null;
  }

  /** True when the tool offers any link at all (a hostile target must offer none). */
  hasLink(item: HTMLElement): boolean {
    return item.querySelector('a') !== null;
  }

  // ---- notices and states --------------------------------------------------------------------

  /** The notice about sources that failed or are incomplete, or null. */
  notice(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('hn-sources-notice');
  }

  /** Text of that notice ('' when there is none). */
  noticeText(): string {
    const notice = this.notice();
    return notice?.shadowRoot ? deepText(notice.shadowRoot) : '';
  }

  /** The notice's "Prøv igjen", or null. */
  override noticeRetryButton(): HTMLButtonElement | null {
    const notice = this.notice();
    return notice?.shadowRoot ? deepQuery<HTMLButtonElement>(notice.shadowRoot, 'button') : null;
  }

  /** The error state's "Prøv igjen", or null. */
  override errorRetryButton(): HTMLButtonElement | null {
    return deepQuery<HTMLButtonElement>(this.root, 'hn-state[kind="error"]')?.shadowRoot?.querySelector<HTMLButtonElement>('button[part="retry"]') ?? null;
  }

  /** Presses the notice's "try again". */
  retryFromNotice(): void {
    deepQuery<HTMLButtonElement>(this.notice()!.shadowRoot!, 'button')!.click();
  }

  /** Text of the error state (role="alert"), '' when there is none. */
  errorText(): string {
    const alert = deepQuery<HTMLElement>(this.root, '[role="alert"]');
    return alert ? deepText(alert) : '';
  }

  /** Text of the banner saying whom the citizen acts for ('' when there is none). */
  onBehalfText(): string {
    const banner = this.root.querySelector('hn-on-behalf-banner');
    return banner?.shadowRoot ? deepText(banner.shadowRoot) : '';
  }
}

export function harness(element: HnToolCatalogue): ToolCatalogueHarness {
  return new ToolCatalogueHarness(element);
}
