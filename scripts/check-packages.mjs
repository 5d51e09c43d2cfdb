// Checks every package is publishable: publint finds no error or warning, every export has
// types, source and default, and element packages point to their custom-elements.json.
// Run after `npm run build` (it needs dist/).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = resolve(import.meta.dirname, '..');
let problems = 0;
const lines = [];

for (const name of readdirSync(join(root, 'packages'))) {
  const dir = join(root, 'packages', name);
  const manifestPath = join(dir, 'package.json');
  if (!existsSync(manifestPath)) continue;
  const pkg = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const own = [];
  for (const [entry, target] of Object.entries(pkg.exports ?? {})) {
    if (typeof target === 'string') continue; // plain files such as ./tokens.css
    for (const condition of ['types', 'source', 'default']) {
      if (!target[condition]) own.push(`exports["${entry}"] has no "${condition}"`);
    }
  }
  if (existsSync(join(dir, 'src/define.ts')) && pkg.customElements !== 'custom-elements.json') {
    own.push('element package without "customElements": "custom-elements.json"');
  }
  const { messages } = await publint({ pkgDir: dir, level: 'warning', strict: true });
  const found = [...own, ...messages.map((m) => formatMessage(m, pkg) ?? m.code)];
  problems += found.length;
  lines.push(`${pkg.name}: ${found.length === 0 ? 'ok' : `${found.length} problem(s)`}`);
  for (const text of found) lines.push(`  - ${text}`);
}
console.log(lines.join('\n'));
console.log(`packages: ${problems === 0 ? 'all publishable' : `${problems} problem(s)`}`);
process.exit(problems === 0 ? 0 : 1);
