// Regenerates the golden outputs corpus/<name>.json from the built package (npm run golden).
// Review the changes as a diff (git diff corpus/) before committing them.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../dist/index.js';

const dir = new URL('../corpus/', import.meta.url).pathname;
const only = process.argv.slice(2);
for (const f of readdirSync(dir).sort()) {
  if (!/^[a-z0-9].*\.(txt|md|html?)$/u.test(f) || (only.length && !only.some((o) => f.includes(o)))) continue;
  const report = parseReport(readFileSync(join(dir, f), 'utf8'));
  const out = join(dir, f.replace(/\.[^.]+$/u, '.json'));
  writeFileSync(out, `${JSON.stringify(report, null, 1)}\n`);
  console.log(`${out}: template ${report.template}, ${report.messages.length} messages`);
}
