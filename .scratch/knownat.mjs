import { readFileSync, readdirSync } from 'node:fs';
const { parseReport } = await import('/work/main/dist/index.js');
const files = [...readdirSync('corpus').filter(f=>f.endsWith('.txt')).map(f=>'corpus/'+f), ...readdirSync('../shared/real').filter(f=>/\.(txt|md)$/.test(f)).map(f=>'../shared/real/'+f)];
for (const f of files) {
  const input = readFileSync(f,'utf8');
  const r = parseReport(input);
  let bad = 0, total = 0;
  for (const t of Object.values(r.tables)) if (t) for (const row of Object.values(t.rows)) if (row) for (const c of Object.values(row.cells)) {
    if (c.span && c.raw !== null) { total++; if (input.slice(c.span.start, c.span.end) !== c.raw) bad++; }
  }
  if (bad) console.log(f, bad, '/', total);
}
