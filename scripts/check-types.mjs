// The type check and lit-analyzer on ONE TypeScript program (`npm run check:types`).
//
// `tsc --noEmit -p tsconfig.json` and the `lit-analyzer` command each parse and bind the whole
// program (every package, Lit, its types), which is most of their time. Here the program is built
// once from tsconfig.json, tsc's diagnostics are read from it, and lit-analyzer's rules (its public
// API: LitAnalyzer with a context whose getProgram() returns this program) run over the element
// sources in it. The lit-analyzer settings are those of the `lint:lit` command: the ts-lit-plugin
// entry of tsconfig.json, then --strict, no-missing-import off, no warnings allowed.
//
//   node scripts/check-types.mjs [--project tsconfig.json] [--lit "packages/*/src/**/*.ts"]
//
// Exit code 1 on any type error or any lit-analyzer error or warning.
import { globSync } from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import process from 'node:process';

// As tsc does: Node keeps the compiled TypeScript compiler (9 MB of JavaScript) on disk between runs.
module.enableCompileCache?.();
const { default: ts } = await import('typescript');
const { DefaultLitAnalyzerContext, LitAnalyzer, makeConfig } = await import('lit-analyzer');
const { CodeDiagnosticFormatter } = await import('lit-analyzer/lib/cli/format/code-diagnostic-formatter.js');

/** @param {string} name @param {string} fallback */
function argument(name, fallback) {
  const at = process.argv.indexOf(name);
  return at > 0 && process.argv[at + 1] ? /** @type {string} */ (process.argv[at + 1]) : fallback;
}

const project = path.resolve(argument('--project', 'tsconfig.json'));
const litGlob = argument('--lit', 'packages/*/src/**/*.ts');
const started = performance.now();

// 1. One program, as tsc -p builds it.
const read = ts.readConfigFile(project, ts.sys.readFile);
if (read.error) {
  process.stderr.write(ts.formatDiagnosticsWithColorAndContext([read.error], formatHost()));
  process.exit(1);
}
const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(project), { noEmit: true }, project);
if (parsed.errors.length) {
  process.stderr.write(ts.formatDiagnosticsWithColorAndContext(parsed.errors, formatHost()));
  process.exit(1);
}
const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, projectReferences: parsed.projectReferences });

// 2. The type check: what `tsc --noEmit` reports.
const typeDiagnostics = ts.getPreEmitDiagnostics(program);
if (typeDiagnostics.length) process.stdout.write(ts.formatDiagnosticsWithColorAndContext(typeDiagnostics, formatHost()));
const typeErrors = typeDiagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error).length;
const typesDone = performance.now();

// 3. lit-analyzer on the same program.
const pluginEntry = /** @type {{ name?: string }[] | undefined} */ (parsed.options.plugins)?.find((plugin) => plugin.name === 'ts-lit-plugin') ?? {};
const { name: _name, ...fromTsconfig } = /** @type {Record<string, any>} */ (pluginEntry);
const context = new DefaultLitAnalyzerContext({ getProgram: () => program });
context.updateConfig(makeConfig({ ...fromTsconfig, strict: true, rules: { ...(fromTsconfig.rules ?? {}), 'no-missing-import': 'off' } }));
const analyzer = new LitAnalyzer(context);
const wanted = new Set(globSync(litGlob).map((file) => path.resolve(file)).map((file) => path.normalize(file)));
const litFiles = program
  .getSourceFiles()
  .filter((file) => wanted.has(path.normalize(file.fileName)))
  .sort((a, b) => (a.fileName > b.fileName ? 1 : -1));
const missing = wanted.size - litFiles.length;
const formatter = new CodeDiagnosticFormatter();
let litErrors = 0;
let litWarnings = 0;
for (const file of litFiles) {
  const diagnostics = analyzer.getDiagnosticsInFile(file);
  if (!diagnostics.length) continue;
  litErrors += diagnostics.filter((d) => d.severity === 'error').length;
  litWarnings += diagnostics.filter((d) => d.severity === 'warning').length;
  const text = formatter.diagnosticTextForFile(file, diagnostics, {});
  if (text) process.stdout.write(`${text}\n`);
}
const done = performance.now();

const seconds = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(1)} s`;
process.stdout.write(
  `types: ${typeErrors} error(s) in ${parsed.fileNames.length} files (${seconds(typesDone - started)}); ` +
    `lit-analyzer: ${litErrors} error(s), ${litWarnings} warning(s) in ${litFiles.length} files (${seconds(done - typesDone)}, same program)\n`,
);
if (missing > 0) {
  process.stdout.write(`lit-analyzer: ${missing} file(s) matching ${litGlob} are not in ${path.relative(process.cwd(), project)}; add them to its "include"\n`);
}
process.exit(typeErrors || litErrors || litWarnings || missing > 0 ? 1 : 0);

function formatHost() {
  return { getCanonicalFileName: (/** @type {string} */ f) => f, getCurrentDirectory: () => process.cwd(), getNewLine: () => '\n' };
}
