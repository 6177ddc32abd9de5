// Regenerates the golden outputs from the built package (npm run golden [NAME…]):
// corpus/<name>.json for every corpus/<name>.txt|md|html, corpus/pdf/<name>.json for the report PDFs,
// corpus/tools/<name>.json for the text other tools made (npm run golden tools/ for those alone).
// Then it rewrites the reviewable views (corpus/**/<name>.view, test/golden-view.ts) with `vitest -u`.
// Review the changes as a diff (git diff corpus/) before committing them: the views first.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../dist/index.js';
import { parsePdf } from '../dist/pdf.js';

const dir = new URL('../corpus/', import.meta.url).pathname;
const only = process.argv.slice(2);
const wanted = (f) => only.length === 0 || only.some((o) => f.includes(o));
const write = (out, report) => {
  writeFileSync(out, `${JSON.stringify(report, null, 1)}\n`);
  console.log(`${out}: template ${report.template}, ${report.messages.length} messages`);
};
for (const f of readdirSync(dir).sort()) {
  if (!/^[a-z0-9].*\.(txt|md|html?)$/u.test(f) || !wanted(f)) continue;
  write(join(dir, f.replace(/\.[^.]+$/u, '.json')), parseReport(readFileSync(join(dir, f), 'utf8')));
}
// Text other tools made of the corpus (corpus/tools, see make-fixtures.mjs there).
for (const f of readdirSync(join(dir, 'tools')).sort()) {
  if (!/\.txt$/u.test(f) || !wanted(`tools/${f}`)) continue;
  write(join(dir, 'tools', f.replace(/\.txt$/u, '.json')), parseReport(readFileSync(join(dir, 'tools', f), 'utf8')));
}
for (const f of readdirSync(join(dir, 'pdf')).sort()) {
  if (!/^(?:report|chromium|libreoffice)-.*\.pdf$/u.test(f) || !wanted(f)) continue;
  write(join(dir, 'pdf', f.replace(/\.pdf$/u, '.json')), await parsePdf(new Uint8Array(readFileSync(join(dir, 'pdf', f)))));
}
execFileSync('npx', ['vitest', 'run', 'test/golden-view.test.ts', '--update'], { stdio: 'inherit' });
