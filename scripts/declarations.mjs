// Emits dist/*.d.ts for every package, dependencies first, so each package's types refer to the
// published types of the packages it uses (not to their sources). Run by `npm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');

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
    execFileSync(process.execPath, [tsc, '-p', configPath], { cwd: dir, stdio: 'inherit' });
  } finally {
    rmSync(configPath);
  }
}
console.log(`declarations: ${packages.length} packages in ${Math.round(performance.now() - started)} ms`);
