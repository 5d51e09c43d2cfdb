// Checks every package is publishable: publint finds no error or warning, every export has
// types, source and default (or, for a types-only entry such as "./jsx", types alone), element
// packages point to their custom-elements.json and ship the generated editor and framework
// types, and every module a package's .d.ts files import resolves from that package's own
// dependencies or peer dependencies (a consumer's TypeScript finds nothing else: the workspace's
// hoisted node_modules would hide a missing one here); the same for the built modules' imports.
// Files a built module asks for by `new URL('<relative>', import.meta.url)` (the fonts) must exist
// where it asks and be in the package's "files".
// Run after `npm run build` (it needs dist/).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
let problems = 0;
const lines = [];

/** Files every element package ships, generated from its custom-elements.json, and their exports. */
const GENERATED = {
  './jsx': 'dist/jsx.d.ts',
  './vue': 'dist/vue.d.ts',
  './vscode.html-custom-data.json': 'dist/vscode.html-custom-data.json',
  './vscode.css-custom-data.json': 'dist/vscode.css-custom-data.json',
};

function* filesEndingWith(dir, suffix) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesEndingWith(path, suffix);
    else if (name.endsWith(suffix)) yield path;
  }
}

/** Every module specifier a declaration file needs: imports, re-exports, import types, augmentations, references. */
export function moduleSpecifiers(file, text = readFileSync(file, 'utf8')) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = new Set(source.typeReferenceDirectives.map((ref) => ref.fileName));
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.add(node.moduleSpecifier.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.add(node.argument.literal.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      found.add(node.arguments[0].text); // import('x') in built code
    } else if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) {
      found.add(node.name.text); // `declare module 'vue' { ... }` augments a module the consumer must have
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...found];
}

/** `@scope/name/sub` -> `@scope/name`; `name/sub` -> `name`. */
const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** Problems with the imports of the package's built declarations. */
export function declarationImportProblems(dir, pkg) {
  const allowed = new Set([pkg.name, ...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
  const found = [];
  for (const file of filesEndingWith(join(dir, 'dist'), '.d.ts')) {
    const where = relative(dir, file);
    for (const specifier of moduleSpecifiers(file)) {
      if (specifier.startsWith('.')) {
        const base = resolve(dirname(file), specifier);
        const candidates = [base.replace(/\.js$/, '.d.ts'), `${base}.d.ts`, join(base, 'index.d.ts'), base.endsWith('.d.ts') ? base : null].filter(Boolean);
        if (!candidates.some((c) => existsSync(c))) found.push(`${where} imports '${specifier}', which is not in the package`);
        continue;
      }
      if (specifier.startsWith('node:')) {
        found.push(`${where} needs Node's types ('${specifier}'), which a browser consumer does not have`);
        continue;
      }
      const name = packageName(specifier);
      const typesName = `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;
      if (!allowed.has(name) && !allowed.has(typesName)) {
        found.push(`${where} imports '${specifier}', but '${name}' is neither a dependency nor a peer dependency`);
        continue;
      }
      if (name === pkg.name) continue;
      const resolved = ts.resolveModuleName(specifier, file, { moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }, ts.sys);
      if (!resolved.resolvedModule) found.push(`${where} imports '${specifier}', which TypeScript cannot resolve to types`);
    }
  }
  return found;
}

/** Bare imports of the built modules (dist/**.js) that are not dependencies or peer dependencies. */
export function runtimeImportProblems(dir, pkg) {
  const allowed = new Set([pkg.name, ...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
  const found = [];
  for (const file of filesEndingWith(join(dir, 'dist'), '.js')) {
    for (const specifier of moduleSpecifiers(file)) {
      if (specifier.startsWith('.') || specifier.startsWith('data:')) continue;
      const name = packageName(specifier);
      if (!allowed.has(name)) found.push(`${relative(dir, file)} imports '${specifier}', but '${name}' is neither a dependency nor a peer dependency`);
    }
  }
  return found;
}

const ASSET_URL = /\bnew\s+URL\(\s*(?:\/\*[^*]*\*\/\s*)?(['"`])(\.{1,2}\/[^'"`$]+)\1\s*,\s*import\.meta\.url\s*\)/g;

/** Files the built modules load by URL relative to themselves that the package would not ship. */
export function assetUrlProblems(dir, pkg) {
  const shipped = (pkg.files ?? []).map((f) => resolve(dir, f));
  const found = [];
  for (const file of filesEndingWith(join(dir, 'dist'), '.js')) {
    for (const [, , url] of readFileSync(file, 'utf8').matchAll(ASSET_URL)) {
      const target = resolve(dirname(file), url);
      const where = `${relative(dir, file)} loads '${url}'`;
      if (!existsSync(target)) found.push(`${where}, which is missing (${relative(dir, target)})`);
      else if (!shipped.some((f) => target === f || target.startsWith(f + '/'))) found.push(`${where}, which is not in "files"`);
    }
  }
  return found;
}

for (const name of readdirSync(join(root, 'packages'))) {
  const dir = join(root, 'packages', name);
  const manifestPath = join(dir, 'package.json');
  if (!existsSync(manifestPath)) continue;
  const pkg = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const own = [];
  for (const [entry, target] of Object.entries(pkg.exports ?? {})) {
    if (typeof target === 'string') continue; // plain files such as ./tokens.css
    const conditions = Object.keys(target);
    if (conditions.length === 1 && conditions[0] === 'types' && target.types.endsWith('.d.ts')) continue; // types only, e.g. ./jsx
    for (const condition of ['types', 'source', 'default']) {
      if (!target[condition]) own.push(`exports["${entry}"] has no "${condition}"`);
    }
  }
  if (existsSync(join(dir, 'src/define.ts'))) {
    if (pkg.customElements !== 'custom-elements.json') own.push('element package without "customElements": "custom-elements.json"');
    for (const [entry, file] of Object.entries(GENERATED)) {
      const target = pkg.exports?.[entry];
      const path = typeof target === 'string' ? target : target?.types;
      if (path !== `./${file}`) own.push(`exports["${entry}"] should point to ./${file} (generated from custom-elements.json)`);
      if (!existsSync(join(dir, file))) own.push(`${file} is missing: run npm run build`);
    }
    // Every tag of the manifest is in each generated file.
    const manifestPath = join(dir, 'custom-elements.json');
    const tags = existsSync(manifestPath)
      ? JSON.parse(readFileSync(manifestPath, 'utf8')).modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName)
      : [];
    if (tags.length === 0) own.push('custom-elements.json is missing or names no element: run npm run build');
    for (const file of Object.values(GENERATED).filter((f) => existsSync(join(dir, f)) && !f.includes('.css-'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const tag of tags) if (!text.includes(`"${tag}"`)) own.push(`${file} does not know <${tag}>`);
    }
  }
  own.push(...declarationImportProblems(dir, pkg), ...runtimeImportProblems(dir, pkg), ...assetUrlProblems(dir, pkg));
  const { messages } = await publint({ pkgDir: dir, level: 'warning', strict: true });
  const found = [...own, ...messages.map((m) => formatMessage(m, pkg) ?? m.code)];
  problems += found.length;
  lines.push(`${pkg.name}: ${found.length === 0 ? 'ok' : `${found.length} problem(s)`}`);
  for (const text of found) lines.push(`  - ${text}`);
}
console.log(lines.join('\n'));
console.log(`packages: ${problems === 0 ? 'all publishable' : `${problems} problem(s)`}`);
process.exit(problems === 0 ? 0 : 1);
