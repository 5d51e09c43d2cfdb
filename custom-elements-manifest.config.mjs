// Custom-elements manifest for each component package (run by scripts/manifest.mjs in the package).
// Three plugins teach the analyzer this project's habits: tags are registered with core's
// defineElement(tag, Class) in define.ts, every element inherits `locale` and `session` from
// HnElement, and every event's detail type is the one its HTMLElementEventMap entry declares.
// Then three generators from the custom-elements manifest ecosystem write, from that manifest,
// into the package's dist/: VS Code custom data (HTML and CSS), JSX types and Vue types.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { eventDetailTypesPlugin } from './scripts/manifest/event-types.mjs';
import { jsxTypesPlugin, vueTypesPlugin } from './scripts/manifest/framework-types.mjs';

/** Finds `defineElement('hn-x', HnX)` calls and records them as custom-element definitions. */
function defineElementPlugin() {
  const definitions = [];
  return {
    name: 'hn-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !classArg || !ts.isStringLiteral(tagArg)) return;
      definitions.push({ modulePath: moduleDoc.path, tagName: tagArg.text, className: classArg.getText() });
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const { modulePath, tagName, className } of definitions) {
        const home = modules.find((m) => m.declarations?.some((d) => d.kind === 'class' && d.name === className));
        const declaration = home?.declarations.find((d) => d.name === className);
        if (!declaration) continue;
        declaration.customElement = true;
        declaration.tagName = tagName;
        const definer = modules.find((m) => m.path === modulePath);
        definer.exports ??= [];
        definer.exports.push({ kind: 'custom-element-definition', name: tagName, declaration: { name: className, module: home.path } });
      }
    },
  };
}

const INHERITED_ATTRIBUTES = [
  { name: 'locale', fieldName: 'locale', type: { text: "'nb' | 'nn' | 'en' | undefined" }, description: 'Language of the text: nb (default), nn or en.', inheritedFrom: { name: 'HnElement', package: '@hn-elements/core' } },
];
const INHERITED_MEMBERS = [
  { kind: 'field', name: 'locale', attribute: 'locale', reflects: true, type: { text: "'nb' | 'nn' | 'en' | undefined" }, inheritedFrom: { name: 'HnElement', package: '@hn-elements/core' } },
  { kind: 'field', name: 'session', type: { text: 'Session | undefined' }, description: 'Who uses the element, on whose behalf, and which FHIR sources feed it. Set it on a standalone element; inside the shell it comes from context.', inheritedFrom: { name: 'HnElement', package: '@hn-elements/core' } },
];

/** Private reactive state is not public API: drop it; add what HnElement gives every element. */
function publicApiPlugin() {
  return {
    name: 'hn-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          // A base class (HnElement) is not an element of its own until a tag names it.
          if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
          const privateNames = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
          declaration.attributes = (declaration.attributes ?? []).filter((a) => !privateNames.has(a.fieldName ?? a.name));
          if (declaration.superclass?.name === 'HnElement') {
            for (const attribute of INHERITED_ATTRIBUTES) {
              const own = declaration.attributes.find((a) => a.name === attribute.name);
              // An `@attr locale` in the class's JSDoc keeps its words but gains the field and type.
              if (own) Object.assign(own, { ...attribute, ...own, fieldName: attribute.fieldName, type: own.type ?? attribute.type });
              else declaration.attributes.push(attribute);
            }
            declaration.members ??= [];
            for (const member of INHERITED_MEMBERS) {
              if (!declaration.members.some((m) => m.name === member.name)) declaration.members.push(member);
            }
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.css.ts', 'src/generated/**'],
  litelement: true,
  plugins: [
    defineElementPlugin(),
    publicApiPlugin(),
    eventDetailTypesPlugin(),
    // Generated files import the element classes and event detail types from the package's own
    // index (paths are relative to `outdir`); they are shipped as the package's "./jsx", "./vue"
    // and "./vscode.*.json" exports.
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    // custom-element-jsx-integration and custom-element-vuejs-integration (see framework-types.mjs).
    jsxTypesPlugin({ outdir: 'dist', fileName: 'jsx.d.ts', globalTypePath: './index.js', hideLogs: true }),
    vueTypesPlugin({ outdir: 'dist', fileName: 'vue.d.ts', globalTypePath: './index.js', hideLogs: true }),
  ],
};
