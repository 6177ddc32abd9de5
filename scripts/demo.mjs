// Parses every report in corpus/ — text, HTML, PDF and Word — and prints a readable summary of each (npm run demo).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport, toCells } from '../dist/index.js';
import { parseDocx } from '../dist/docx.js';
import { parsePdf } from '../dist/pdf.js';

const dir = new URL('../corpus/', import.meta.url).pathname;
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => /^(?:[a-z0-9][^/]*|(?:pdf|docx)\/[^/]+)\.(?:txt|md|html?|pdf|docx)$/u.test(f) && f !== 'MANIFEST.md')
  .sort();

async function read(f) {
  const path = join(dir, f);
  if (f.endsWith('.pdf')) return parsePdf(new Uint8Array(readFileSync(path)));
  if (f.endsWith('.docx')) return parseDocx(new Uint8Array(readFileSync(path)));
  return parseReport(readFileSync(path, 'utf8'), { format: /\.html?$/u.test(f) ? 'html' : 'text' });
}

for (const f of files) {
  const r = await read(f);
  const cells = toCells(r);
  const t3 = r.tables.t3?.rows;
  console.log(`\n■ ${f}`);
  console.log(`  ${r.metadata.body?.value ?? '(body?)'} · ${r.metadata.year?.value ?? '(year?)'} · template ${r.template}`);
  // Whole titles: a title cut at a fixed length ends mid-word.
  console.log(`  sections: ${r.sections.map((s) => s.title + (s.subsections.length ? ` (${s.subsections.length})` : '')).join(' | ') || '(none)'}`);
  console.log(`  tables: ${['t2', 't3', 't4'].map((t) => `${t} ${r.tables[t] ? cells.filter((c) => `t${c.table}` === t && c.value !== null).length + ' cells' : 'missing'}`).join(', ')}`);
  if (t3?.new && t3?.total) console.log(`  requests: ${t3.new.cells.total.value ?? '—'} new, ${t3.total.cells.total.value ?? '—'} handled`);
  const counts = {};
  for (const m of r.messages) counts[m.severity] = (counts[m.severity] ?? 0) + 1;
  console.log(`  messages: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ') || 'none'}`);
  for (const m of r.messages.filter((m) => m.severity !== 'info')) console.log(`    ${m.severity === 'error' ? '✗' : '!'} ${m.code}: ${m.message.length > 140 ? `${m.message.slice(0, 139)}…` : m.message}`);
}
console.log(`\n${files.length} reports: ${files.filter((f) => f.endsWith('.pdf')).length} PDF, ${files.filter((f) => f.endsWith('.docx')).length} Word, the rest text and HTML.`);
