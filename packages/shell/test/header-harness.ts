// A test harness for <hn-shell-header>, in the manner of Material Web's harnesses: tests ask it
// for what a citizen sees and uses (who is logged in, the skip link, the two switchers, the menu)
// instead of the header's class names. When the header's markup changes, this file changes; the
// tests do not.
import { ElementHarness } from '@hn-elements/test-support';
import type { HnShellHeader } from '../src/index.js';

/** `element` and `text()` come from the shared `ElementHarness`. */
export class ShellHeaderHarness extends ElementHarness<HnShellHeader> {
  /** "Logget inn som Kari Nordmann", white space folded ('' when nobody is logged in). */
  loginText(): string {
    const login = this.root.querySelector('[part="banner"] .login');
    return login ? login.textContent!.replace(/\s+/g, ' ').trim() : '';
  }

  /** The skip link: the first link, to the page's main region (`main-id`). */
  skipLink(): HTMLAnchorElement {
    return this.root.querySelector<HTMLAnchorElement>(`a[href="#${this.element.mainId}"]`)!;
  }

  /** The product name, linking home (`home-href`). */
  brandLink(): HTMLAnchorElement {
    return [...this.root.querySelectorAll<HTMLAnchorElement>('[part="banner"] a')].find((a) => !a.closest('nav'))!;
  }

  /** "Vis opplysninger for": whom the citizen acts for. */
  actingForSwitcher(): HTMLSelectElement {
    return this.root.querySelector<HTMLSelectElement>('select#acting-for')!;
  }

  /** "Språk (language)". */
  languageSwitcher(): HTMLSelectElement {
    return this.root.querySelector<HTMLSelectElement>('select#locale')!;
  }

  /** The button beside a switcher that puts its choice into effect ("Bytt språk", "Bytt person"). */
  applyButton(select: HTMLSelectElement): HTMLButtonElement {
    return select.parentElement!.querySelector<HTMLButtonElement>('button')!;
  }

  /** Chooses `value` in a switcher and confirms it with its button, as a citizen does with the mouse. */
  choose(select: HTMLSelectElement, value: string): void {
    select.value = value;
    this.applyButton(select).click();
  }

  /** The visible label of a switcher. */
  labelOf(control: HTMLElement): string {
    return this.root.querySelector(`label[for="${control.id}"]`)!.textContent!.trim();
  }

  /** A switcher's choices as their text. */
  optionTexts(select: HTMLSelectElement): string[] {
    return [...select.options].map((o) => o.textContent!.trim());
  }

  /** The menu's links, in order. */
  menuLinks(): HTMLAnchorElement[] {
    return [...this.root.querySelectorAll<HTMLAnchorElement>('nav a')];
  }

  /**
   * What has focus in the header, named as a citizen would point at it: 'skip', 'brand',
   * 'acting-for', 'locale', a menu link's text; null when focus is outside the header.
   */
  focusedName(): string | null {
    const focused = this.root.activeElement as HTMLElement | null;
    if (!focused) return null;
    if (focused === this.skipLink()) return 'skip';
    if (focused === this.brandLink()) return 'brand';
    if (focused === this.actingForSwitcher()) return 'acting-for';
    if (focused === this.languageSwitcher()) return 'locale';
    if (this.actingForSwitcher() && focused === this.applyButton(this.actingForSwitcher())) return 'apply acting-for';
    if (focused === this.applyButton(this.languageSwitcher())) return 'apply locale';
    return focused.textContent!.trim();
  }
}

export function harness(element: HnShellHeader): ShellHeaderHarness {
  return new ShellHeaderHarness(element);
}

/**
 * The skip link's target, as the shell renders it (`<main id="hn-main" tabindex="-1">`), in the
 * page for each test of the calling describe; gives a function for the current one.
 */
export function skipTargetForEachTest(): () => HTMLElement {
  let main: HTMLElement | undefined;
  beforeEach(() => {
    main = document.createElement('main');
    main.id = 'hn-main';
    main.tabIndex = -1;
    document.body.append(main);
  });
  afterEach(() => main?.remove());
  return () => main!;
}
