// Storybook's docs pages and controls come from the packages' custom-elements.json (written by
// scripts/manifest.mjs in `npm run build`, git-ignored). This Vite plugin serves them merged, as the
// module `virtual:hn-custom-elements`, to .storybook/preview.ts (setCustomElementsManifest).
//
// - Files missing or older than their package's sources: `npm run storybook` and
//   `npm run build-storybook` write them first with scripts/manifest.mjs (about 15 s, once), so a
//   fresh clone works without a build; a failure stops Storybook with the analyzer's message.
// - In the story tests (Vitest) nothing is written, so `npm test`'s build, which writes the same
//   files, is never raced: what is there is used, and a story that needs the manifest says so.
// - Served as the public API only: private and protected members, static fields and methods are
//   left out, and type aliases of string literals (AppointmentListView, ...) are resolved into
//   `type.resolved`, so a control can offer their values ('Function' for a function type).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';

const root = resolve(import.meta.dirname, '..');
const packagesDir = join(root, 'packages');
const VIRTUAL = 'virtual:hn-custom-elements';

interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  type?: { text: string; resolved?: string };
}
interface Declaration {
  kind: string;
  customElement?: boolean;
  members?: Member[];
  attributes?: { name: string; type?: { text: string; resolved?: string } }[];
}
interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: Declaration[] }[];
}

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (name.endsWith('.ts') && !name.endsWith('.css.ts')) yield path;
  }
}

/** Packages that define elements (the ones scripts/manifest.mjs writes a manifest for). */
const elementPackages = () => readdirSync(packagesDir).filter((name) => existsSync(join(packagesDir, name, 'src/define.ts')));

/** Why a package's manifest must be (re)written, or undefined when it is up to date. */
function staleness(name: string): string | undefined {
  const file = join(packagesDir, name, 'custom-elements.json');
  if (!existsSync(file)) return 'missing';
  const written = statSync(file).mtimeMs;
  for (const source of sourceFiles(join(packagesDir, name, 'src'))) {
    if (statSync(source).mtimeMs > written) return `older than ${relative(root, source)}`;
  }
  return undefined;
}

/** `export type X = 'a' | 'b'` (and unions of such aliases) in every package: alias -> literal union. */
function stringAliases(): Map<string, string> {
  const raw = new Map<string, string>();
  for (const name of readdirSync(packagesDir)) {
    const src = join(packagesDir, name, 'src');
    if (!existsSync(src)) continue;
    for (const file of sourceFiles(src)) {
      const text = readFileSync(file, 'utf8');
      if (!text.includes('type ')) continue;
      const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      for (const statement of sourceFile.statements) {
        if (ts.isTypeAliasDeclaration(statement)) raw.set(statement.name.text, statement.type.getText(sourceFile));
      }
    }
  }
  const literal = /^'[^']*'$/;
  const expand = (text: string, depth = 0): string | undefined => {
    const parts = text.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
    const out: string[] = [];
    for (const part of parts) {
      if (part.includes('=>')) return 'Function';
      if (literal.test(part)) out.push(part);
      else if (depth < 4 && raw.has(part)) {
        const inner = expand(raw.get(part)!, depth + 1);
        if (!inner) return undefined;
        out.push(inner);
      } else return undefined;
    }
    return out.length > 0 ? out.join(' | ') : undefined;
  };
  const resolved = new Map<string, string>();
  for (const alias of raw.keys()) {
    const union = expand(raw.get(alias)!);
    if (union) resolved.set(alias, union);
  }
  return resolved;
}

/**
 * The package's React wrapper (src/react.ts, `export const X = createComponent({ ... events: { onY:
 * 'hn-y' } })`), for the docs page's React snippet: `reactName` and `reactEvents` (event -> prop).
 */
function reactWrapper(name: string): { reactName: string; reactEvents: Record<string, string> } | undefined {
  const file = join(packagesDir, name, 'src/react.ts');
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const component = /export const (\w+) = createComponent/.exec(text);
  if (!component?.[1]) return undefined;
  const reactEvents: Record<string, string> = {};
  for (const [, prop, event] of text.matchAll(/(on[A-Z]\w*):\s*'(hn-[a-z-]+)'/g)) if (prop && event) reactEvents[event] = prop;
  return { reactName: component[1], reactEvents };
}

/** The merged manifest of every element package, public API only. */
export function mergedManifest(): Manifest {
  const aliases = stringAliases();
  const resolveType = (type?: { text: string; resolved?: string }) => {
    if (!type) return;
    const union = type.text
      .split('|')
      .map((part) => part.trim())
      .filter((part) => part !== 'undefined')
      .map((part) => aliases.get(part) ?? part)
      .join(' | ');
    if (union !== type.text) type.resolved = union;
  };
  const modules: Manifest['modules'] = [];
  for (const name of elementPackages()) {
    const file = join(packagesDir, name, 'custom-elements.json');
    if (!existsSync(file)) continue;
    let manifest: Manifest;
    try {
      manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    } catch (error) {
      // Being written by a build that runs beside the story tests: left out this time.
      console.warn(`Storybook: ${relative(root, file)} could not be read (${(error as Error).message}); left out`);
      continue;
    }
    for (const mod of manifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (!declaration.customElement) continue;
        declaration.members = (declaration.members ?? []).filter(
          (m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected',
        );
        for (const member of declaration.members) resolveType(member.type);
        for (const attribute of declaration.attributes ?? []) resolveType(attribute.type);
      }
      modules.push({ ...mod, path: `packages/${name}/${mod.path}` });
    }
    const react = reactWrapper(name);
    for (const mod of manifest.modules) {
      for (const declaration of mod.declarations ?? []) if (declaration.customElement && react) Object.assign(declaration, react);
    }
  }
  return { schemaVersion: '1.0.0', modules };
}

/** Writes missing or stale manifests (not in the story tests); throws with the analyzer's words when it fails. */
function ensureManifests(): void {
  const stale = elementPackages()
    .map((name) => [name, staleness(name)] as const)
    .filter(([, why]) => why);
  if (stale.length === 0) return;
  const list = stale.map(([name, why]) => `${name} (${why})`).join(', ');
  if (process.env['VITEST']) {
    console.warn(`Storybook: custom-elements.json ${list}; the docs and controls use what is there (npm run build writes them).`);
    return;
  }
  console.log(`Storybook: custom-elements.json ${list}: writing them with scripts/manifest.mjs (as npm run build does)`);
  const run = spawnSync(process.execPath, [join(root, 'scripts/manifest.mjs')], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    throw new Error('Storybook needs packages/*/custom-elements.json for its docs pages: scripts/manifest.mjs failed (see above); fix it, or run npm run build.');
  }
}

/** The Vite plugin .storybook/main.ts adds. */
export function customElementsManifest(): Plugin {
  return {
    name: 'hn-custom-elements-manifest',
    buildStart() {
      ensureManifests();
    },
    resolveId(id) {
      return id === VIRTUAL ? `\0${VIRTUAL}` : undefined;
    },
    load(id) {
      if (id !== `\0${VIRTUAL}`) return undefined;
      for (const name of elementPackages()) {
        const file = join(packagesDir, name, 'custom-elements.json');
        if (existsSync(file)) this.addWatchFile(file);
      }
      return `export default ${JSON.stringify(mergedManifest())};`;
    },
  };
}
