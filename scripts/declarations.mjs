// Emits dist/*.d.ts for every package, dependencies first, so each package's types refer to the
// published types of the packages it uses (not to their sources). Run by `npm run build`.
//
// One process and one compiler host for all packages: what does not change between them (the
// TypeScript lib files and everything under node_modules but the packages themselves) is parsed
// once, not once per package.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { join, resolve, sep } from 'node:path';

module.enableCompileCache?.();
const { default: ts } = await import('typescript');

const root = resolve(import.meta.dirname, '..');
/** Parsed files that are the same for every package (by file name and language version). */
const sharedFiles = new Map();
const ownPackages = join(root, 'node_modules', '@hn-elements') + sep;
const isShared = (fileName) => !resolve(fileName).startsWith(join(root, 'packages') + sep) && !resolve(fileName).startsWith(ownPackages);

/** A compiler host that keeps the shared files across programs. */
function hostFor(options) {
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (!isShared(fileName)) return getSourceFile(fileName, languageVersion, onError, shouldCreate);
    const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
    if (!sharedFiles.has(key)) sharedFiles.set(key, getSourceFile(fileName, languageVersion, onError, shouldCreate));
    return sharedFiles.get(key);
  };
  return host;
}

const formatHost = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };

const packages = readdirSync(join(root, 'packages'))
  .filter((name) => existsSync(join(root, 'packages', name, 'src/index.ts')))
  .map((name) => {
    const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
    const deps = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }).filter((d) => d.startsWith('@hn-elements/'));
    return { name, packageName: manifest.name, deps };
  });

/** Dependencies before dependants. */
function ordered() {
  const done = new Set();
  const result = [];
  const visit = (pkg, trail = []) => {
    if (done.has(pkg.packageName)) return;
    if (trail.includes(pkg.packageName)) throw new Error(`dependency cycle: ${[...trail, pkg.packageName].join(' -> ')}`);
    for (const dep of pkg.deps) {
      const found = packages.find((p) => p.packageName === dep);
      if (found) visit(found, [...trail, pkg.packageName]);
    }
    done.add(pkg.packageName);
    result.push(pkg);
  };
  packages.forEach((pkg) => visit(pkg));
  return result;
}

const started = performance.now();
for (const pkg of ordered()) {
  const dir = join(root, 'packages', pkg.name);
  const configPath = join(dir, 'tsconfig.declarations.json');
  writeFileSync(
    configPath,
    JSON.stringify({
      extends: '../../tsconfig.json',
      compilerOptions: {
        noEmit: false,
        declaration: true,
        emitDeclarationOnly: true,
        rootDir: 'src',
        outDir: 'dist',
        // Other packages resolve to their built declarations, not their sources.
        customConditions: [],
        types: [],
        plugins: [],
      },
      include: ['src/**/*.ts'],
    }),
  );
  try {
    const read = ts.readConfigFile(configPath, ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dir, undefined, configPath);
    const problems = [...(read.error ? [read.error] : []), ...parsed.errors];
    if (problems.length === 0) {
      const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host: hostFor(parsed.options) });
      problems.push(...ts.getPreEmitDiagnostics(program), ...program.emit().diagnostics);
    }
    const errors = problems.filter((d) => d.category === ts.DiagnosticCategory.Error);
    if (errors.length > 0) {
      process.stderr.write(ts.formatDiagnosticsWithColorAndContext(errors, formatHost));
      throw new Error(`declarations: ${pkg.packageName} has ${errors.length} error(s)`);
    }
  } finally {
    rmSync(configPath);
  }
}
console.log(`declarations: ${packages.length} packages in ${Math.round(performance.now() - started)} ms`);
