// A @web/test-runner plugin that lets @guidepup/virtual-screen-reader read inside open shadow roots.
//
// The virtual screen reader (0.33) builds its accessibility tree from `node.childNodes`, so it stops
// at every custom element's host: for our components it hears nothing but the host. Assistive
// technology reads the flat tree (a host's shadow root in place of its children, a `<slot>`'s
// assigned nodes in place of the slot's own). This plugin serves the reader to the browser tests
// as one ES module bundled with esbuild (some of its dependencies are CommonJS, which the dev
// server does not convert), patching the reader and the copy of dom-accessibility-api it computes
// names with on the way:
//
//   - the tree: a host's children are its open shadow root's children; a slot's are its assigned
//     nodes (flattened), or its fallback content when nothing is assigned;
//   - names from content: a host's text is its shadow root's text (a button or heading that holds
//     a custom element says what that element shows);
//   - live regions: the walk up from a changed node to its `aria-live`/`role` ancestor crosses a
//     shadow root to its host;
//   - focus: when focus moves, the reader moves to the focused element itself, not to the
//     outermost host the `focusin` event is retargeted to.
//
// Mutations inside shadow roots are observed by the test helper (dev/test-support's screen
// reader helper hands the reader a MutationObserver that also watches every open shadow root), so
// nothing in the observer needs patching. Each patch names the exact source text it replaces and
// the plugin fails the request when that text is missing: a new version of either package is
// noticed at once, never silently read without shadow DOM.

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** @typedef {{ find: string, replace: string }} Patch */

/** @type {Patch[]} */
const READER_PATCHES = [
  {
    // createAccessibilityTree.ts, growTree: walk the flat tree.
    find: '  node.childNodes.forEach((childNode) => {',
    replace: '  __hnFlatChildNodes(node).forEach((childNode) => {',
  },
  {
    // getLiveSpokenPhrase.ts: a live region may be an ancestor beyond a shadow root.
    find: '  const targetAncestor = target.parentElement;',
    replace: '  const targetAncestor = target.assignedSlot ?? target.parentElement ?? target.parentNode?.host ?? null;',
  },
  {
    // getElementFromNode.ts: a change right inside a shadow root (the root itself, or a text node
    // at its top) belongs to the host; without this the live-region check throws on `null`.
    find: '  return isElement(node) ? node : node.parentElement;',
    replace: '  return isElement(node) ? node : node.parentElement ?? node.host ?? node.parentNode?.host ?? null;',
  },
  {
    // Virtual.ts: `focusin` reaches the container retargeted to the outermost host; the reader
    // follows the element that really has focus (read before the first await: after dispatch the
    // composed path is empty).
    find: '  async #handleFocusChange({ target }) {',
    replace: '  async #handleFocusChange(event) {\n    const target = event.composedPath()[0] ?? event.target;',
  },
  {
    // Virtual.ts: focus that moves between two elements inside the same host never reaches the
    // container (the DOM does not dispatch `focusin` outside a shadow tree when target and related
    // target retarget to the same host), so the reader's handler is made reachable: the test
    // helper calls it from `focusin` listeners on every shadow root.
    find: '    this.#boundHandleFocusChange = this.#handleFocusChange.bind(this);',
    replace: '    this.#boundHandleFocusChange = this.#handleFocusChange.bind(this);\n    this.hnFollowFocus = this.#boundHandleFocusChange;',
  },
  {
    // Virtual.ts, the live-region announcer:
    //   - an element with role="alert" that is inserted is said at once, as browsers raise an
    //     alert event for it and screen readers speak it (the reader only heard changes inside a
    //     live region that was already there);
    //   - the changes of one batch of mutations in an atomic region (a status whose text Lit
    //     replaces node by node) are one announcement, not one per changed node;
    //   - a region that was emptied says nothing ("polite: " is not an announcement).
    find: [
      '    mutations.map(',
      '      (mutation) => getLiveSpokenPhrase({',
      '        container,',
      '        mutation',
      '      })',
      '    ).filter(Boolean).forEach((spokenPhrase) => {',
    ].join('\n'),
    replace: [
      '    mutations.flatMap(',
      '      (mutation) => [...__hnInsertedAlerts(mutation), getLiveSpokenPhrase({',
      '        container,',
      '        mutation',
      '      })]',
      '    ).filter((spokenPhrase, at, all) => Boolean(spokenPhrase) && !/^(polite|assertive): *$/.test(spokenPhrase) && all.indexOf(spokenPhrase) === at).forEach((spokenPhrase) => {',
    ].join('\n'),
  },
];

const READER_PRELUDE = `
/** The node's children in the flat tree (patched in by scripts/wtr/flat-tree-reader-plugin.mjs). */
function __hnFlatChildNodes(node) {
  if (node.shadowRoot) return Array.from(node.shadowRoot.childNodes);
  if (typeof HTMLSlotElement !== 'undefined' && node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length ? assigned : Array.from(node.childNodes);
  }
  return Array.from(node.childNodes);
}

/** What the alerts a mutation inserted say (patched in, as above). */
function __hnInsertedAlerts(mutation) {
  if (mutation.type !== 'childList') return [];
  const alerts = [];
  for (const node of mutation.addedNodes) {
    if (node.nodeType !== 1) continue;
    if (node.getAttribute('role') === 'alert') alerts.push(node);
    alerts.push(...node.querySelectorAll('[role="alert"]'));
  }
  return alerts.map((alert) => 'assertive: ' + getSpokenPhraseForNode(alert)).filter((phrase) => phrase.trim() !== 'assertive:');
}
`;

/** @type {Patch[]} */
const NAME_PATCHES = [
  {
    // accessible-name-and-description: name from content reads a host's shadow root.
    find: 'var childNodes = isHTMLSlotElement(node) ? getSlotContents(node) : ArrayFrom(node.childNodes).concat(queryIdRefs(node, "aria-owns"));',
    replace:
      'var childNodes = isHTMLSlotElement(node) ? getSlotContents(node) : ArrayFrom((node.shadowRoot || node).childNodes).concat(queryIdRefs(node, "aria-owns"));',
  },
];

/**
 * @param {string} body
 * @param {Patch[]} patches
 * @param {string} file
 */
function apply(body, patches, file) {
  let patched = body;
  for (const { find, replace } of patches) {
    const at = patched.indexOf(find);
    if (at < 0 || patched.indexOf(find, at + find.length) >= 0) {
      throw new Error(`flat-tree-reader-plugin: the text to patch in ${file} was not found exactly once (a new version?): ${find}`);
    }
    patched = patched.replace(find, () => replace);
  }
  return patched;
}

/** Where the bundled, patched reader is served; the bare import is resolved here. */
const SERVED_AT = '/__hn-flat-tree-reader/virtual-screen-reader.js';
const READER = fileURLToPath(import.meta.resolve('@guidepup/virtual-screen-reader'));

/** The reader and its dependencies as one ES module (some of them are CommonJS), patched. */
async function bundle() {
  const result = await build({
    entryPoints: [READER],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"test"' },
    plugins: [
      {
        name: 'hn-flat-tree-patches',
        setup(esbuild) {
          esbuild.onLoad({ filter: /virtual-screen-reader[\\/]lib[\\/]esm[\\/]index\.mjs$/ }, async ({ path }) => ({
            contents: `${READER_PRELUDE}\n${apply(await readFile(path, 'utf8'), READER_PATCHES, path)}`,
            loader: 'js',
          }));
          esbuild.onLoad({ filter: /dom-accessibility-api[\\/]dist[\\/]accessible-name-and-description\.mjs$/ }, async ({ path }) => ({
            contents: path.includes('virtual-screen-reader') ? apply(await readFile(path, 'utf8'), NAME_PATCHES, path) : await readFile(path, 'utf8'),
            loader: 'js',
          }));
        },
      },
    ],
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('flat-tree-reader-plugin: esbuild gave no output');
  return output.text;
}

export function flatTreeReaderPlugin() {
  /** @type {Promise<string> | undefined} */
  let bundled;
  return {
    name: 'hn-flat-tree-reader',
    /** @param {{ source: string }} args */
    resolveImport({ source }) {
      return source === '@guidepup/virtual-screen-reader' ? SERVED_AT : undefined;
    },
    /** @param {{ path: string }} context */
    async serve(context) {
      if (context.path !== SERVED_AT) return undefined;
      bundled ??= bundle();
      return { body: await bundled, type: 'js' };
    },
  };
}
