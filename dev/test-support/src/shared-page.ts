// Several test files in one browser page (see scripts/wtr/shared-pages.mjs for why): each file
// is loaded in turn, and after the last of its suites the page is put back as a fresh page would
// be, so the next file starts where it would have started alone.
//
// What "as fresh" means here is everything a test file may change about the page and not undo:
// the viewport and emulated media (web-test-runner commands), the embedded FHIR server's data and
// modes for this page, local and session storage, the URL, the <html> element's attributes,
// elements left in <body>, and focus. Custom element definitions cannot be undone: two files of
// one folder that define the same tag fail at once, on import.
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { resetServer } from './fhir-control.js';

/** One test file: its name (for messages) and how to import it. */
export type TestFileLoader = readonly [name: string, load: () => Promise<unknown>];

/** What mocha's root suite exposes that this needs. */
interface SuiteLike {
  suites: SuiteLike[];
  afterAll(title: string, fn: () => Promise<void>): void;
}

const rootSuite = (): SuiteLike => (globalThis as unknown as { mocha: { suite: SuiteLike } }).mocha.suite;

/** The page as it was before any file ran. */
const fresh = {
  width: innerWidth,
  height: innerHeight,
  url: location.href,
  html: [...document.documentElement.attributes].map(({ name, value }) => [name, value] as const),
  body: new Set(document.body.children),
};

/**
 * Imports each file in order. A hook registered outside every `describe` (a test file's or a
 * helper module's, such as the inbox's "ResizeObserver loop" filter) is a hook of the page: it runs
 * for every file of the page, as a helper module, evaluated once, cannot do otherwise.
 */
export async function loadFilesInOnePage(files: readonly TestFileLoader[]): Promise<void> {
  const root = rootSuite();
  for (const [name, load] of files) {
    const suitesBefore = root.suites.length;
    await load();
    const own = root.suites.slice(suitesBefore);
    own.at(-1)?.afterAll(`the page as fresh again after ${name}`, restoreFreshPage);
  }
}

/** Puts back everything a test file may have changed about the page (see the top of this file). */
export async function restoreFreshPage(): Promise<void> {
  (document.activeElement as HTMLElement | null)?.blur?.();
  for (const child of [...document.body.children]) if (!fresh.body.has(child)) child.remove();
  const html = document.documentElement;
  for (const { name } of [...html.attributes]) html.removeAttribute(name);
  for (const [name, value] of fresh.html) html.setAttribute(name, value);
  if (location.href !== fresh.url) history.replaceState(null, '', fresh.url);
  localStorage.clear();
  sessionStorage.clear();
  await setViewport({ width: fresh.width, height: fresh.height });
  await emulateMedia({ media: 'screen', forcedColors: 'none' });
  await resetServer();
}
