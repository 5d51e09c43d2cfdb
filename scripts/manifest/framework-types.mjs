// Analyzer plugins (custom-elements-manifest.config.mjs): a package's JSX and Vue types, written
// by the ecosystem's generators (custom-element-jsx-integration, custom-element-vuejs-integration)
// from the package's custom-elements.json, with two adjustments, both outside the generators:
//
// - Vue names. vue-tsc reads an attribute `heading-level` (or `:heading-level`) as the prop
//   `headingLevel`, and a listener `@hn-appointment-cancel` as the prop `onHnAppointmentCancel`.
//   The Vue generator writes props under the names it finds in the manifest (`heading-level`,
//   `onhn-appointment-cancel`), so vue-tsc would call every hyphenated attribute and every event
//   unknown. The Vue generator therefore gets a copy of the manifest with attribute names in
//   camelCase and event names in PascalCase (each event's description keeps its real name).
//   custom-elements.json itself is not changed.
// - One import per type. Both generators import each element's event detail types from the
//   package's index, once per element: where two elements fire the same event (`hn-retry`), the
//   name is imported twice, which TypeScript refuses. The written file's import list is deduplicated.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const camelize = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const pascalize = (name) => camelize(name).replace(/^[a-z]/, (c) => c.toUpperCase());

/** The manifest as the Vue generator should see it. */
export function vueManifest(manifest) {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      for (const attribute of declaration.attributes ?? []) attribute.name = camelize(attribute.name);
      for (const event of declaration.events ?? []) {
        event.description = `\`@${event.name}\`: ${event.description ?? ''}`.trim();
        event.name = pascalize(event.name);
      }
    }
  }
  return copy;
}

/** Removes repeated names from the file's `import type { ... } from "..."` lists. */
export function dedupeTypeImports(text) {
  return text.replace(/import type \{([^}]*)\} from ("[^"]+");/g, (_, names, from) => {
    const unique = [...new Set(names.split(',').map((n) => n.trim()).filter(Boolean))];
    return `import type { ${unique.join(', ')} } from ${from};`;
  });
}

function writeThenDedupe(generate, manifest, options) {
  generate(manifest, options);
  const file = join(options.outdir, options.fileName);
  writeFileSync(file, dedupeTypeImports(readFileSync(file, 'utf8')));
}

export function jsxTypesPlugin(options) {
  return {
    name: 'hn-jsx-types',
    packageLinkPhase({ customElementsManifest }) {
      writeThenDedupe(generateJsxTypes, customElementsManifest, options);
    },
  };
}

export function vueTypesPlugin(options) {
  return {
    name: 'hn-vue-types',
    packageLinkPhase({ customElementsManifest }) {
      writeThenDedupe(generateVuejsTypes, vueManifest(customElementsManifest), options);
    },
  };
}
