// Parses every report in corpus/ and prints a readable summary (npm run demo).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport, toCells } from '../dist/index.js';

const dir = new URL('../corpus/', import.meta.url).pathname;
for (const f of readdirSync(dir).sort()) {
  if (!/^[a-z0-9].*\.(txt|md|html?)$/u.test(f)) continue;
  const r = parseReport(readFileSync(join(dir, f), 'utf8'));
  const cells = toCells(r);
  const t3 = r.tables.t3?.rows;
  console.log(`\n■ ${f}`);
  console.log(`  ${r.metadata.body?.value ?? '(body?)'} · ${r.metadata.year?.value ?? '(year?)'} · template ${r.template}`);
  console.log(`  sections: ${r.sections.map((s) => s.title.slice(0, 12) + (s.subsections.length ? ` (${s.subsections.length})` : '')).join(' | ') || '(none)'}`);
  console.log(`  tables: ${['t2', 't3', 't4'].map((t) => `${t} ${r.tables[t] ? cells.filter((c) => `t${c.table}` === t && c.value !== null).length + ' cells' : 'missing'}`).join(', ')}`);
  if (t3?.new && t3?.total) console.log(`  requests: ${t3.new.cells.total.value ?? '—'} new, ${t3.total.cells.total.value ?? '—'} handled`);
  const counts = {};
  for (const m of r.messages) counts[m.severity] = (counts[m.severity] ?? 0) + 1;
  console.log(`  messages: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ') || 'none'}`);
  for (const m of r.messages.filter((m) => m.severity !== 'info')) console.log(`    ${m.severity === 'error' ? '✗' : '!'} ${m.code}: ${m.message.slice(0, 140)}`);
}
