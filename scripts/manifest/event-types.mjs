// An analyzer plugin (custom-elements-manifest.config.mjs): gives every event in
// custom-elements.json the type of its `detail`, taken from the packages' event maps
// (`'hn-x': CustomEvent<XDetail>` in an interface named `...EventMap`: each package's exported map
// in src/dom-types.ts, which HTMLElementEventMap extends, and the shell's HTMLElementEventMap entries).
// A `@fires {XDetail} hn-x` tag on the element class must agree with the map; an event with no
// entry, or a disagreeing one, stops the build. The generators that read the manifest (JSX, Vue,
// VS Code) then type `onhn-x` as `(e: CustomEvent<XDetail>) => void`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '../..');

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (name.endsWith('.ts') && !name.endsWith('.css.ts')) yield path;
  }
}

/**
 * Every entry of an `...EventMap` interface declared in packages/*\/src: event name -> { detail, file }.
 * @returns {Map<string, { detail: string, file: string }>}
 */
export function readEventMaps(packagesDir = join(root, 'packages')) {
  const events = new Map();
  for (const pkg of readdirSync(packagesDir)) {
    const src = join(packagesDir, pkg, 'src');
    try {
      statSync(src);
    } catch {
      continue;
    }
    for (const file of sourceFiles(src)) {
      const text = readFileSync(file, 'utf8');
      if (!text.includes('EventMap')) continue;
      const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const visit = (node) => {
        if (ts.isInterfaceDeclaration(node) && node.name.text.endsWith('EventMap')) {
          for (const member of node.members) {
            if (!ts.isPropertySignature(member) || !member.type || !member.name) continue;
            const name = ts.isStringLiteral(member.name) ? member.name.text : member.name.getText(sourceFile);
            const type = member.type;
            const detail =
              ts.isTypeReferenceNode(type) && type.typeName.getText(sourceFile) === 'CustomEvent' && type.typeArguments?.length === 1
                ? type.typeArguments[0].getText(sourceFile)
                : undefined;
            if (!detail) throw new Error(`${file}: ${node.name.text}['${name}'] is not CustomEvent<Detail>`);
            const seen = events.get(name);
            if (seen && seen.detail !== detail) {
              throw new Error(`'${name}' is declared twice with different details: ${seen.file} (${seen.detail}) and ${file} (${detail})`);
            }
            events.set(name, { detail, file });
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(sourceFile);
    }
  }
  return events;
}

export function eventDetailTypesPlugin() {
  return {
    name: 'hn-event-detail-types',
    packageLinkPhase({ customElementsManifest }) {
      const maps = readEventMaps();
      const problems = [];
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement || !declaration.tagName) continue;
          for (const event of declaration.events ?? []) {
            const mapped = maps.get(event.name);
            if (!mapped) {
              problems.push(`<${declaration.tagName}> fires '${event.name}', which no event map declares`);
            } else if (!event.type?.text) {
              event.type = { text: mapped.detail };
            } else if (event.type.text !== mapped.detail) {
              problems.push(`<${declaration.tagName}> says '${event.name}' carries ${event.type.text}, the event map (${mapped.file}) says ${mapped.detail}`);
            }
          }
        }
      }
      if (problems.length > 0) throw new Error(`event detail types:\n  ${problems.join('\n  ')}`);
    },
  };
}
