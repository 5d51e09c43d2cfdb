// Builds every package as ES modules, and gives the playground dev server (playground/serve.mjs)
// and Storybook their module resolution.
//
//   npm run build    ->  packages/<name>/dist/<export>.js for every package export
//
// Entries are discovered from the file system, so a new package needs no change here:
// every packages/<name> that has src/index.ts contributes each export of its package.json
// that has a "source" condition (e.g. "./mfe.js" -> src/mfe.ts -> dist/mfe.js), and
// src/index.ts, src/define.ts and src/mfe.ts when they exist. Lit, the other @hn-elements
// packages, single-spa, DOMPurify and React stay external: the page's import map provides
// them once, so Lit loads once however many micro-frontends are mounted.
//
// The one exception is "./standalone.js" (src/standalone.ts): a single self-contained file per
// component for pages without an import map. The library build leaves it out; once the library
// build is written, scripts/standalone.mjs builds it with its own config (everything bundled,
// minified, no chunks), so `vite build` still produces every file a package exports.
//
// Storybook reads this file too (everything but `build`), so plugins here are build-only.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

const ROOT = dirname(fileURLToPath(import.meta.url));
const PACKAGES = join(ROOT, 'packages');
const CONVENTIONAL_ENTRIES = ['index', 'define', 'mfe'];
/** Exports built by scripts/standalone.mjs, not by the library build (they bundle what it shares). */
const SELF_CONTAINED_EXPORTS = new Set(['./standalone.js']);

/** Bare imports that are never bundled: the import map shares them between micro-frontends. */
export const SHARED_DEPENDENCIES: readonly RegExp[] = [
  /^lit(?:-html|-element)?(?:\/.*)?$/,
  /^@lit(?:-labs)?\//,
  /^@hn-elements\//,
  /^single-spa(?:-[a-z]+)?(?:\/.*)?$/,
  /^dompurify(?:\/.*)?$/,
  /^react(?:-dom)?(?:\/.*)?$/,
];

interface ExportTarget {
  source?: string;
  default?: string;
  import?: string;
}

/** Build entries keyed by output path (relative to packages/) without extension, e.g. `core/dist/index`. */
export function packageEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  if (!existsSync(PACKAGES)) return entries;
  for (const name of readdirSync(PACKAGES).sort()) {
    const dir = join(PACKAGES, name);
    if (!existsSync(join(dir, 'src', 'index.ts'))) continue;
    const add = (out: string, source: string) => {
      const key = `${name}/${out.replace(/^\.\//, '').replace(/\.js$/, '')}`;
      const file = join(dir, source);
      if (existsSync(file) && !entries[key]) entries[key] = file;
    };
    const manifest = join(dir, 'package.json');
    const exports: Record<string, unknown> = existsSync(manifest)
      ? (JSON.parse(readFileSync(manifest, 'utf8')).exports ?? {})
      : {};
    for (const [subpath, target] of Object.entries(exports)) {
      if (!target || typeof target !== 'object' || SELF_CONTAINED_EXPORTS.has(subpath)) continue;
      const { source, default: fallback, import: esm } = target as ExportTarget;
      const out = esm ?? fallback;
      if (source && out?.endsWith('.js')) add(out, source);
    }
    for (const entry of CONVENTIONAL_ENTRIES) add(`./dist/${entry}.js`, `src/${entry}.ts`);
  }
  return entries;
}

/** The package (directory name) a source file belongs to, so shared chunks land beside its entries. */
function packageOf(file: string | undefined): string {
  const parts = file ? relative(PACKAGES, file).split(sep) : [];
  return parts.length > 1 && parts[0] !== '..' ? parts[0]! : '_shared';
}

/**
 * A chunk of no package (the bundler's own runtime, which builds a module's namespace object when
 * one entry imports a module that another loads with `import()`) would land in `_shared/` and be
 * imported from outside the package, which no installed package can reach. It is copied into each
 * package whose chunks import it instead, and their imports point at the copy beside them.
 */
function keepChunksInTheirPackage(): Plugin {
  return {
    name: 'hn-chunks-in-their-package',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const shared of Object.values(bundle)) {
        if (shared.type !== 'chunk' || !shared.fileName.startsWith('_shared/')) continue;
        const name = shared.fileName.split('/').pop()!;
        for (const importer of Object.values(bundle)) {
          if (importer.type !== 'chunk' || !importer.imports.includes(shared.fileName)) continue;
          const copy = `${importer.fileName.split('/')[0]}/dist/chunks/${name}`;
          if (!bundle[copy]) this.emitFile({ type: 'asset', fileName: copy, source: shared.code });
          const from = relative(dirname(importer.fileName), shared.fileName).split(sep).join('/');
          const to = relative(dirname(importer.fileName), copy).split(sep).join('/');
          importer.code = importer.code.split(`"${from.startsWith('.') ? from : `./${from}`}"`).join(`"${to.startsWith('.') ? to : `./${to}`}"`);
          importer.imports = importer.imports.map((file) => (file === shared.fileName ? copy : file));
        }
        delete bundle[shared.fileName];
        delete bundle[`${shared.fileName}.map`];
      }
    },
  };
}

/**
 * Removes the previous build's chunks (hashed names pile up); entries are overwritten in place.
 * Only in the library build: Storybook's build reads this config without `build.lib`.
 */
function cleanChunks(entries: Record<string, string>): Plugin {
  let libraryBuild = false;
  return {
    name: 'hn-clean-chunks',
    apply: 'build',
    configResolved(config) {
      libraryBuild = Boolean(config.build.lib);
    },
    buildStart() {
      if (!libraryBuild) return;
      const dirs = new Set(Object.keys(entries).map((key) => join(PACKAGES, key.split('/')[0]!, 'dist', 'chunks')));
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Leaves the library's `new URL('<relative file>', import.meta.url)` to the application's bundler.
 * The sources mark them `/* @vite-ignore *\/` so that this build neither inlines the file (a library
 * build inlines every asset, the fonts would become ~190 KB of base64) nor moves it: the files are
 * shipped where the URL points (packages/tokens/dist/fonts, written by scripts/generate.mjs). In
 * the output the mark is blanked (same length, the source map stays right), so an application's
 * Vite or webpack sees a plain `new URL(...)` and emits the file with its own build.
 */
function keepRelativeAssetUrls(): Plugin {
  const marked = /(new\s+URL\(\s*)(\/\*\s*@vite-ignore\s*\*\/)(?=\s*['"`]\.{1,2}\/)/g;
  let libraryBuild = false;
  return {
    name: 'hn-keep-relative-asset-urls',
    apply: 'build',
    configResolved(config) {
      libraryBuild = Boolean(config.build.lib);
    },
    renderChunk(code) {
      if (!libraryBuild || !marked.test(code)) return null;
      marked.lastIndex = 0;
      return { code: code.replace(marked, (_, head: string, mark: string) => head + ' '.repeat(mark.length)), map: null };
    },
  };
}

/**
 * After the library build has been written, builds every package's dist/standalone.js
 * (scripts/standalone.mjs). Only in the library build, as cleanChunks.
 */
function standaloneBuild(): Plugin {
  let libraryBuild = false;
  return {
    name: 'hn-standalone',
    apply: 'build',
    configResolved(config) {
      libraryBuild = Boolean(config.build.lib) && config.build.write;
    },
    async closeBundle(error?: Error) {
      if (!libraryBuild || error) return;
      // Loaded at run time, not bundled into the config.
      const script = pathToFileURL(join(ROOT, 'scripts', 'standalone.mjs')).href;
      const { buildAllStandalone } = (await import(/* @vite-ignore */ script)) as { buildAllStandalone: () => Promise<unknown> };
      await buildAllStandalone();
    },
  };
}

export default defineConfig(({ command }) => {
  const entries = command === 'build' ? packageEntries() : {};
  return {
    resolve: {
      // Workspace packages resolve to their TypeScript sources (the "source" export condition).
      conditions: ['source', ...defaultClientConditions],
    },
    publicDir: false,
    plugins: [cleanChunks(entries), keepRelativeAssetUrls(), keepChunksInTheirPackage(), standaloneBuild()],
    build: {
      // Each entry's file name carries its package, `<name>/dist/<export>.js`, under packages/.
      // Nothing is emptied: packages/tokens/dist also holds the generated tokens.css.
      outDir: PACKAGES,
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2022',
      sourcemap: true,
      reportCompressedSize: false,
      lib: {
        entry: entries,
        formats: ['es'],
        fileName: (_format, entryName) => `${entryName}.js`,
      },
      rolldownOptions: {
        external: (id: string) => SHARED_DEPENDENCIES.some((pattern) => pattern.test(id)),
        output: {
          chunkFileNames: (chunk) => `${packageOf(chunk.facadeModuleId ?? chunk.moduleIds[0])}/dist/chunks/[name]-[hash].js`,
        },
      },
    },
  };
});
