// Writes custom-elements.json into every package that defines elements (packages/*/src/define.ts),
// using the project's analyzer config. Run by `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const config = join(root, 'custom-elements-manifest.config.mjs');
const cli = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');

let written = 0;
const summary = [];
for (const name of readdirSync(join(root, 'packages'))) {
  const dir = join(root, 'packages', name);
  if (!existsSync(join(dir, 'src/define.ts'))) continue;
  // The analyzer also writes dist/jsx.d.ts, dist/vue.d.ts and dist/vscode.*-custom-data.json (see the config).
  const run = spawnSync(process.execPath, [cli, 'analyze', '--config', config, '--outdir', '.'], { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0) {
    const message = run.stderr.split('\n').find((line) => line.startsWith('Error:')) ?? run.stderr;
    const detail = run.stderr.slice(run.stderr.indexOf(message)).split('\n    at ')[0];
    console.error(`manifest: ${name} failed\n${detail}`);
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement).map((d) => d.tagName);
  summary.push(`${name}: ${tags.join(', ') || 'no elements'}`);
  written += 1;
}
console.log(`manifest: ${written} packages -> custom-elements.json (${summary.join('; ')})`);
