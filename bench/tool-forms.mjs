// Measures how well the built package reads the text other tools make of real reports.
// Run from the project root after `npx tsup`:
//   node bench/tool-forms.mjs [-v] [--dir DIR] [--keep OUT] [REAL_DIR]
// For every HTML page and PDF in REAL_DIR (default ../shared/real) that has an expected/NAME.tsv, each
// installed tool (w3m, lynx, pandoc, html2text, pdftotext, pdfminer, pypdf) is run, its text parsed
// with parseReport and the cells scored as ../shared/tools/score.mjs scores them: cells exact,
// non-zero cells exact, and silently wrong (a wrong number that no warning or error names).
// The generated text goes to a temporary folder (or --keep OUT); nothing is written into the repo.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { parseReport, toCells } from '../dist/index.js';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const keepAt = args.indexOf('--keep');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1].split(',') : null;
const rest = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '--keep' && args[i - 1] !== '--only');
const realDir = resolve(rest[0] ?? '../shared/real');
const out = keepAt >= 0 ? resolve(args[keepAt + 1]) : mkdtempSync(join(tmpdir(), 'tool-forms-'));
mkdirSync(out, { recursive: true });

const PY = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const run = (cmd, argv, opts = {}) => execFileSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'], ...opts });
/** Each tool: the file kinds it reads and how to make text of a file. */
export const TOOLS = [
  { name: 'w3m -dump', kind: '.html', make: (f) => run('w3m', ['-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80', f]) },
  { name: 'lynx -dump', kind: '.html', make: (f) => run('lynx', ['-dump', '-nolist', '-display_charset=utf-8', f]) },
  { name: 'pandoc -t plain', kind: '.html', make: (f) => run('pandoc', ['-f', 'html', '-t', 'plain', f]) },
  { name: 'pandoc -t rst', kind: '.html', make: (f) => run('pandoc', ['-f', 'html', '-t', 'rst', f]) },
  { name: 'pandoc -t org', kind: '.html', make: (f) => run('pandoc', ['-f', 'html', '-t', 'org', f]) },
  { name: 'pandoc -t gfm', kind: '.html', make: (f) => run('pandoc', ['-f', 'html', '-t', 'gfm', f]) },
  { name: 'pandoc -t markdown', kind: '.html', make: (f) => run('pandoc', ['-f', 'html', '-t', 'markdown', f]) },
  { name: 'html2text', kind: '.html', make: (f) => run(PY, ['-m', 'html2text', f]) },
  { name: 'pdftotext -layout', kind: '.pdf', make: (f) => run('pdftotext', ['-layout', f, '-']) },
  { name: 'pdftotext', kind: '.pdf', make: (f) => run('pdftotext', [f, '-']) },
  { name: 'pdf2txt (pdfminer)', kind: '.pdf', make: (f) => run('pdf2txt', [f]) },
  { name: 'pypdf extract_text', kind: '.pdf', make: (f) => run(PY, ['-c', 'import sys,pypdf;print("\\n".join(p.extract_text() for p in pypdf.PdfReader(sys.argv[1]).pages))', f]) },
];

const canon = (s) => String(s ?? '').normalize('NFKC').replace(/\s+/g, '').replace(/[“”"]/g, '"')
  .replace(/^(.+?)\(.*\)$/, '$1').replace(/[.．、]/g, '.').toLowerCase();
const leaf = (s) => String(s ?? '').split('/').filter(Boolean).pop() ?? '';
const BLOCKS = ['行政复议', '未经复议直接起诉', '复议后起诉'];
const keyOf = (c) => {
  if (Number(c.table) === 4) {
    const path = `${c.rowLabel ?? ''}/${c.columnLabel ?? ''}`;
    const block = BLOCKS.find((b) => path.includes(b)) ?? (path.includes('行政诉讼') ? '未经复议直接起诉' : '行政复议');
    return `4|${canon(block)}|${canon(leaf(c.columnLabel))}`;
  }
  return `${Number(c.table)}|${canon(leaf(c.rowLabel))}|${canon(leaf(c.columnLabel))}`;
};
function expectedOf(stem) {
  const cells = new Map();
  for (const line of readFileSync(join(realDir, 'expected', `${stem}.tsv`), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#') || line.startsWith('table\t')) continue;
    const [table, row, column, value] = line.split('\t');
    cells.set(`${Number(table)}|${canon(row)}|${canon(column)}`, value === undefined || value.trim() === '' ? null : Number(value.replace(/[+,]/g, '')));
  }
  return cells;
}

function score(text, expected) {
  const report = parseReport(text);
  const flagged = new Set();
  for (const m of report.messages) if (m.severity !== 'info') for (const r of m.cells ?? []) flagged.add(`${r.table}|${r.row}|${r.column}`);
  const produced = new Map(), flags = new Map();
  for (const c of toCells(report)) { produced.set(keyOf(c), c.value ?? null); flags.set(keyOf(c), flagged.has(`${c.table}|${c.row}|${c.column}`)); }
  let ok = 0, nz = 0, nzOk = 0, silent = 0; const wrong = [];
  for (const [k, v] of expected) {
    const got = produced.get(k);
    const hit = produced.has(k) && (got === v || (got != null && v != null && Math.abs(Number(got) - v) < 1e-9));
    if (v !== null && v !== 0) { nz++; if (hit) nzOk++; }
    if (hit) ok++;
    else {
      const quiet = got != null && flags.get(k) === false;
      if (quiet) silent++;
      wrong.push(`${k}: expected ${v}, got ${produced.has(k) ? got : 'nothing'}${quiet ? ' (SILENT)' : ''}`);
    }
  }
  return { ok, total: expected.size, nz, nzOk, silent, wrong };
}

const files = readdirSync(realDir).filter((f) => ['.html', '.htm', '.pdf'].includes(extname(f)) && existsSync(join(realDir, 'expected', `${basename(f, extname(f))}.tsv`))).sort();
const sums = new Map();
for (const tool of TOOLS) {
  if (only && !only.some((o) => tool.name.includes(o))) continue;
  for (const f of files) {
    if (!(tool.kind === '.pdf' ? extname(f) === '.pdf' : extname(f) !== '.pdf')) continue;
    let text;
    try { text = tool.make(join(realDir, f)); } catch { console.log(`${tool.name} ${f}: tool not available`); continue; }
    writeFileSync(join(out, `${basename(f, extname(f))}.${tool.name.replace(/\W+/g, '-')}.txt`), text);
    const s = score(text, expectedOf(basename(f, extname(f))));
    const t = sums.get(tool.name) ?? { ok: 0, total: 0, nz: 0, nzOk: 0, silent: 0 };
    for (const k of ['ok', 'total', 'nz', 'nzOk', 'silent']) t[k] += s[k];
    sums.set(tool.name, t);
    console.log(`${tool.name.padEnd(20)} ${f}: ${s.ok}/${s.total}, non-zero ${s.nzOk}/${s.nz}, silently wrong ${s.silent}`);
    if (verbose) for (const w of s.wrong) console.log(`    ${w}`);
  }
}
console.log('\n| tool | cells exact | non-zero exact | silently wrong |\n|---|---|---|---|');
for (const [name, t] of sums) console.log(`| ${name} | ${t.ok}/${t.total} (${(100 * t.ok / t.total).toFixed(1)}%) | ${t.nzOk}/${t.nz} | ${t.silent} |`);
if (keepAt < 0) console.log(`\n(text in ${out})`);
