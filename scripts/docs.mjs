// Regenerates the README's generated parts (between <!-- NAME:start --> and <!-- NAME:end -->) from the
// built package: the row and column keys of every template, and every message code (npm run docs).
import { readFileSync, writeFileSync } from 'node:fs';
import { MESSAGE_CODES, TEMPLATE_2019, TEMPLATE_2021 } from '../dist/index.js';

const keys = [];
for (const [name, t] of [['2021', TEMPLATE_2021], ['2019', TEMPLATE_2019]]) {
  for (const tk of ['t2', 't3']) {
    const def = t.tables[tk];
    keys.push(`**${name} table ${def.number} rows** — ` + def.rows.map((r) => `\`${r.key}\` ${r.label}${r.extra ? ' (add-on)' : ''}${r.substitutesFor ? ' (single-row form)' : ''}`).join('; '));
    keys.push(`**${name} table ${def.number} columns** — ` + def.columns.map((c) => `\`${c.key}\` ${c.label}${c.kind && c.kind !== 'count' ? ` (${c.kind})` : ''}`).join('; '));
  }
}
const t4 = TEMPLATE_2021.tables.t4;
keys.push(`**Table 4 rows (blocks, both templates)** — ` + t4.rows.map((r) => `\`${r.key}\` ${r.label}`).join('; '));
keys.push(`**Table 4 columns** — ` + t4.columns.map((c) => `\`${c.key}\` ${c.label}`).join('; '));
const codes = ['| code | severity | meaning |', '|---|---|---|', ...Object.entries(MESSAGE_CODES).map(([k, v]) => `| \`${k}\` | ${v.severity} | ${v.summary} |`)];

const url = new URL('../README.md', import.meta.url);
let readme = readFileSync(url, 'utf8');
for (const [name, body] of [['keys', keys.join('\n\n')], ['codes', codes.join('\n')]]) {
  const re = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`, 'u');
  if (!re.test(readme)) throw new Error(`README has no ${name} markers`);
  readme = readme.replace(re, (_, a, b) => `${a}\n${body}\n${b}`);
}
writeFileSync(url, readme);
console.log('README regenerated');
