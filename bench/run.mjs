#!/usr/bin/env node
// Benchmarks of the BUILT package (dist/): `npm run bench` (= npm run build && node bench/run.mjs).
//
//   node bench/run.mjs [--quick] [--only seed,html,linear,cold,cli,pdf] [--cli-counts 2000,10000] [--pdf A.pdf,B.pdf] [--json FILE]
//
// Every comparison is measured side by side in one run: the two tasks are timed in alternating
// rounds (tinybench, one Bench per round) and the ratio of their median latencies is taken per
// round; the figure printed is the median of the rounds' ratios, so that a change in the machine's
// load during the run moves both sides alike. Targets (from the issue "Fast and unbreakable"):
//
//   seed       parseReport of a plain-text report the size of corpus/seed-luohe-2021.txt
//              ≤ 1.3× one opencc-js t2cn conversion of the same text (issue 18); ≥ 2,000 reports/s on one core
//   html       parseReport of a ~60 KB CMS page ≤ 2× htmlparser2's Parser with no-op callbacks
//   linear     a report repeated to 1 MB, 10 MB and 50 MB (10 MB with --quick): ms per MB (target: each
//              within 2× of 1 MB — quadratic work would show about 10×; a little above 1× is memory: caches
//              and the larger heap's GC), beside the floor: splitting the same text into lines and running
//              one regex over each line, whose growth over the same sizes is printed too
//   cold       a fresh process: import ogi-report, then parse one report (the seed, which has traditional
//              characters, and a simplified report): medians over fresh processes, in alternating order;
//              the import beside importing opencc-js's converter and dictionaries (the floor a t2cn
//              conversion pays), and the time a bare `node` takes to start
//   cli        `node dist/cli.js cells DIR > /dev/null` over 2,000 and 10,000 text reports (bench/cli.mjs):
//              default jobs ÷ `--jobs 1`, side by side (≥ 1.1× at 2,000, ≥ 1.5× at 10,000: issue 18), and
//              peak memory, which must not grow with the count (10,000 ≤ 1.25× 2,000)
//   pdf        parsePdf ÷ pdf.js's own text extraction of the same file, side by side (bench/pdf.mjs):
//              ≤ 2× on the corpus PDFs (LibreOffice 4 and 17 pages, Chromium 6 pages) and any given with --pdf
//
// The process exits 0 whatever the results (a benchmark is a measurement, not a test); --json FILE
// writes the figures for later comparison. Generated files go to a temporary folder, removed after.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { ConverterBuilder } from 'opencc-js/core';
import * as t2cn from 'opencc-js/preset/t2cn';
import { Parser } from 'htmlparser2';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist', 'index.js');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(dist) || !existsSync(cli)) {
  console.error('bench: dist/ is missing: run `npm run build` first (or `npm run bench`).');
  process.exit(1);
}
const { parseReport } = await import(dist);

// ---- options ---------------------------------------------------------------------------------------
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.indexOf('--only');
const only = onlyArg >= 0 ? new Set(args[onlyArg + 1].split(',')) : null;
const jsonArg = args.indexOf('--json');
const jsonOut = jsonArg >= 0 ? args[jsonArg + 1] : null;
const runs = (name) => only === null || only.has(name);
// Many short rounds rather than a few long ones: on a shared (virtual) machine the speed drifts over
// seconds, and a round's two tasks, run back to back within a fraction of a second, see the same speed.
const ROUNDS = quick ? 7 : 21;
const TASK_MS = quick ? 60 : 120;
const countsArg = args.indexOf('--cli-counts');
const CLI_COUNTS = countsArg >= 0 ? args[countsArg + 1].split(',').map(Number) : [2000, 10000];

// ---- inputs ----------------------------------------------------------------------------------------
const corpusDir = join(root, 'corpus');
const seed = readFileSync(join(corpusDir, 'seed-luohe-2021.txt'), 'utf8');
const mb = (s) => Buffer.byteLength(s, 'utf8') / 2 ** 20;

/** A ~60 KB HTML page: the corpus page nearest that size, else one built from corpus text in CMS-like markup. */
function htmlPage() {
  const pages = readdirSync(corpusDir)
    .filter((f) => /\.html?$/u.test(f))
    .map((f) => ({ name: `corpus/${f}`, html: readFileSync(join(corpusDir, f), 'utf8') }))
    .filter((p) => p.html.length >= 30_000 && p.html.length <= 120_000);
  if (pages.length > 0) return pages.sort((a, b) => Math.abs(a.html.length - 60_000) - Math.abs(b.html.length - 60_000))[0];
  return { name: 'built from corpus/seed-luohe-2021.txt', html: buildCmsPage(seed, 60_000) };
}

const escapeHtml = (s) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** The report as a CMS page: chrome (nav, sidebar, footer), metadata block, prose in <p>, tables as <table>. */
function buildCmsPage(text, size) {
  const body = [];
  let rows = [];
  const flush = () => {
    if (rows.length > 0) body.push(`<table border="1" cellspacing="0" style="width:100%">${rows.join('')}</table>`);
    rows = [];
  };
  for (const line of text.split('\n')) {
    if (line.includes('\t')) {
      rows.push(`<tr>${line.split('\t').map((c) => `<td style="text-align:center"><p><span style="font-size:14px">${escapeHtml(c)}</span></p></td>`).join('')}</tr>`);
    } else {
      flush();
      if (line.trim()) body.push(`<p style="text-indent:2em;line-height:1.8"><span style="font-family:仿宋">${escapeHtml(line)}</span></p>`);
    }
  }
  flush();
  const nav = Array.from({ length: 12 }, (_, i) => `<li><a href="/col/col${i}/index.html">栏目${i + 1}</a></li>`).join('');
  const head = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开工作年度报告</title><script>var _hmt=_hmt||[];</script><style>.nav li{float:left}</style></head><body><div class="header"><ul class="nav">${nav}</ul></div><div class="main"><table class="xxgk_table"><tr><td>索引号：</td><td>00000000-0/2022-00001</td><td>发布机构：</td><td>某县人民政府办公室</td></tr><tr><td>发布日期：</td><td>2022-01-20</td></tr></table><div class="content">`;
  const tail = `</div></div><div class="footer"><p>主办单位：某县人民政府办公室 版权所有</p></div></body></html>`;
  let page = head + body.join('\n') + tail;
  // Pad with related-links chrome (as CMS pages have) up to the size.
  let i = 0;
  let links = '';
  while (page.length + links.length < size) links += `<li><a href="/art/2022/${i}.html" title="相关文章${i}">相关文章标题第${i++}篇</a><span>2022-01-0${i % 9 + 1}</span></li>`;
  page = page.replace('<div class="footer">', `<div class="related"><ul>${links}</ul></div><div class="footer">`);
  return page;
}

// ---- measuring -------------------------------------------------------------------------------------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Times each task in `tasks` ({ name: fn }) in alternating rounds; returns per-task median latency (ms) and mean, per round. */
async function sideBySide(tasks, { rounds = ROUNDS, time = TASK_MS } = {}) {
  const perRound = [];
  for (let r = 0; r < rounds; r++) {
    const names = Object.keys(tasks);
    if (r % 2 === 1) names.reverse(); // alternate the order too
    const bench = new Bench({ time, warmupTime: Math.min(100, time), throws: true });
    for (const n of names) bench.add(n, tasks[n]);
    await bench.run();
    const round = {};
    for (const t of bench.tasks) round[t.name] = { p50: t.result.latency.p50, mean: t.result.latency.mean };
    perRound.push(round);
  }
  return perRound;
}

/** Each round's ratio of the two tasks' median latencies. */
const roundRatios = (perRound, a, b) => perRound.map((r) => r[a].p50 / r[b].p50);
const ratioOf = (perRound, a, b) => median(roundRatios(perRound, a, b));
/** The interquartile range of the rounds' ratios, printed beside the median: how much the machine drifted. */
const spreadOf = (perRound, a, b) => {
  const s = roundRatios(perRound, a, b).sort((x, y) => x - y);
  return `${fmt(s[Math.floor(s.length / 4)])}–${fmt(s[Math.floor((s.length * 3) / 4)])}`;
};
const msOf = (perRound, a, stat = 'p50') => median(perRound.map((r) => r[a][stat]));

const results = [];
const row = (measure, figure, target, pass) => results.push({ measure, figure, target, result: pass === null ? 'info' : pass ? 'PASS' : 'FAIL' });
const fmt = (x, digits = 2) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const log = (...xs) => console.error(...xs);

log(`ogi-report bench — node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'cpu'}), load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}${quick ? ', --quick' : ''}`);
if (loadavg()[0] > availableParallelism() * 0.5) log('  note: the machine is busy; absolute figures will be low (the side-by-side ratios less so).');

// ---- 1. plain text the size of the seed ------------------------------------------------------------
if (runs('seed')) {
  log(`seed: ${seed.length} characters (${fmt(Buffer.byteLength(seed) / 1024, 1)} KB) …`);
  const convert = ConverterBuilder(t2cn)({ from: 't', to: 'cn' });
  let sink = 0;
  const perRound = await sideBySide({
    parseReport: () => {
      sink += parseReport(seed).messages.length;
    },
    'opencc t2cn': () => {
      sink += convert(seed).length;
    },
  });
  const ratio = ratioOf(perRound, 'parseReport', 'opencc t2cn');
  const perSecond = 1000 / msOf(perRound, 'parseReport', 'mean');
  row('seed text: parseReport ÷ opencc t2cn conversion', `${fmt(ratio)}× (IQR ${spreadOf(perRound, 'parseReport', 'opencc t2cn')}; ${fmt(msOf(perRound, 'parseReport') * 1000, 0)} µs vs ${fmt(msOf(perRound, 'opencc t2cn') * 1000, 0)} µs)`, '≤ 1.3×', ratio <= 1.3);
  row('seed text: reports/s on one core', fmt(perSecond, 0), '≥ 2,000', perSecond >= 2000);
  if (sink < 0) log(sink);
}

// ---- 2. a ~60 KB HTML page -------------------------------------------------------------------------
if (runs('html')) {
  const page = htmlPage();
  log(`html: ${page.name}, ${fmt(page.html.length / 1000, 1)} K characters …`);
  const noop = () => {};
  const callbacks = { onopentag: noop, onopentagname: noop, onattribute: noop, ontext: noop, onclosetag: noop, oncomment: noop, onprocessinginstruction: noop, oncdatastart: noop, oncdataend: noop, onend: noop };
  let sink = 0;
  const perRound = await sideBySide({
    parseReport: () => {
      sink += parseReport(page.html).messages.length;
    },
    'htmlparser2 Parser': () => {
      const p = new Parser(callbacks, { decodeEntities: true });
      p.write(page.html);
      p.end();
      sink++;
    },
  });
  const ratio = ratioOf(perRound, 'parseReport', 'htmlparser2 Parser');
  row(`html (${fmt(page.html.length / 1000, 0)} KB): parseReport ÷ htmlparser2 Parser (no-op callbacks)`, `${fmt(ratio)}× (IQR ${spreadOf(perRound, 'parseReport', 'htmlparser2 Parser')}; ${fmt(msOf(perRound, 'parseReport'), 2)} ms vs ${fmt(msOf(perRound, 'htmlparser2 Parser'), 2)} ms)`, '≤ 2×', ratio <= 2);
  if (sink < 0) log(sink);
}

// ---- 3. linear growth ------------------------------------------------------------------------------
if (runs('linear')) {
  const repeatTo = (bytes) => {
    const unit = `${seed}\n`;
    const n = Math.ceil(bytes / Buffer.byteLength(unit));
    return unit.repeat(n);
  };
  const sizes = [
    { label: 'seed', text: seed, iterations: 200 },
    { label: '1 MB', text: repeatTo(2 ** 20), iterations: quick ? 3 : 5 },
    { label: '10 MB', text: repeatTo(10 * 2 ** 20), iterations: quick ? 1 : 3 },
    ...(quick ? [] : [{ label: '50 MB', text: repeatTo(50 * 2 ** 20), iterations: 1 }]),
  ];
  // The floor: every line of the text split off and one regex run over it (the least any reader of the text does).
  const FLOOR_RE = /[\d,]+|[一二三四五六]、/gu;
  const floorPass = (text) => {
    let n = 0;
    for (const line of text.split('\n')) n += line.match(FLOOR_RE)?.length ?? 0;
    return n;
  };
  const perMb = {};
  const floorPerMb = {};
  for (const s of sizes) {
    log(`linear: ${s.label} (${fmt(mb(s.text), 2)} MB, ${s.text.length.toLocaleString('en-US')} characters) …`);
    const bench = new Bench({ iterations: s.iterations, time: 0, warmupIterations: 1, warmupTime: 0, throws: true });
    let messages = 0;
    let sink = 0;
    bench.add(s.label, () => {
      messages = parseReport(s.text).messages.length;
    });
    bench.add(`${s.label} floor`, () => {
      sink += floorPass(s.text);
    });
    await bench.run();
    const ms = bench.tasks[0].result.latency.p50;
    perMb[s.label] = ms / mb(s.text);
    floorPerMb[s.label] = bench.tasks[1].result.latency.p50 / mb(s.text);
    const growth = s.label === 'seed' || s.label === '1 MB' ? null : perMb[s.label] / perMb['1 MB'];
    const floorGrowth = growth === null ? null : floorPerMb[s.label] / floorPerMb['1 MB'];
    row(
      `linear: ${s.label} report text, ms per MB`,
      `${fmt(perMb[s.label], 1)} ms/MB (${fmt(ms, 1)} ms, ${messages} messages)${growth === null ? '' : `; ${fmt(growth)}× the 1 MB figure (floor: ${fmt(floorGrowth)}×)`}`,
      growth === null ? '—' : '≤ 2× the 1 MB figure',
      growth === null ? null : growth <= 2,
    );
    if (sink < 0) log(sink);
  }
}

// ---- 3b. cold start: a fresh process imports and parses one report -------------------------------------
/** Runs `node script` and returns what it printed as JSON. */
function nodeJson(script, args = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (status) => (status === 0 ? resolve(JSON.parse(out)) : reject(new Error(`${script} exited ${status}`))));
  });
}

if (runs('cold')) {
  const simplified = join(corpusDir, 't2021-tabs.txt');
  const script = join(root, 'bench', 'cold-start.mjs');
  const rounds = quick ? 7 : 21;
  log(`cold: ${rounds} fresh processes of each kind …`);
  const samples = { seed: [], simplified: [], opencc: [], bare: [] };
  for (let r = 0; r < rounds; r++) {
    const kinds = ['seed', 'simplified', 'opencc', 'bare'];
    if (r % 2 === 1) kinds.reverse();
    for (const k of kinds) {
      const started = performance.now();
      const arg = k === 'seed' ? ['ogi-report', join(corpusDir, 'seed-luohe-2021.txt')] : k === 'simplified' ? ['ogi-report', simplified] : k === 'opencc' ? ['opencc'] : ['bare'];
      const got = await nodeJson(script, arg);
      samples[k].push({ ...got, wall: performance.now() - started });
    }
  }
  const med = (k, f) => median(samples[k].map(f));
  const bare = med('bare', (s) => s.wall);
  const openccImport = med('opencc', (s) => s.importMs);
  for (const k of ['seed', 'simplified']) {
    const name = k === 'seed' ? 'seed (traditional characters: the converter is built)' : 'simplified report (corpus/t2021-tabs.txt)';
    row(
      `cold start, ${name}`,
      `import ${fmt(med(k, (s) => s.importMs), 1)} ms + first parse ${fmt(med(k, (s) => s.parseMs), 1)} ms (second parse ${fmt(med(k, (s) => s.secondMs), 2)} ms); process ${fmt(med(k, (s) => s.wall), 0)} ms vs bare node ${fmt(bare, 0)} ms`,
      '—',
      null,
    );
  }
  row('cold start: import ogi-report ÷ import opencc-js t2cn converter', `${fmt(med('seed', (s) => s.importMs) / openccImport)}× (${fmt(med('seed', (s) => s.importMs), 1)} ms vs ${fmt(openccImport, 1)} ms)`, '—', null);
}

// ---- 4. the command over many files (bench/cli.mjs) ----------------------------------------------------
// Default jobs against `--jobs 1`, side by side in alternating rounds, over folders of text reports.
if (runs('cli')) {
  const { benchCli } = await import('./cli.mjs');
  // Issue 18's targets; below 2,000 reports none (both run one worker: the ratio is the machine's spread).
  const target = (count) => (count >= 10000 ? 1.5 : count >= 2000 ? 1.1 : null);
  const figures = await benchCli({ counts: CLI_COUNTS, rounds: quick ? 3 : 7, log });
  const peaks = {};
  for (const f of figures.filter((x) => x.label === 'default')) {
    const one = figures.find((x) => x.count === f.count && x.label === '--jobs 1');
    peaks[f.count] = f.peakMb;
    row(
      `cli cells, ${f.count.toLocaleString('en-US')} text reports: default ÷ --jobs 1 (reports/s)`,
      `${fmt(f.vsLast)}× (IQR ${f.spread}; ${fmt(f.perSecond, 0)} vs ${fmt(one.perSecond, 0)} reports/s; CPU ${fmt(f.cpuSeconds, 1)} vs ${fmt(one.cpuSeconds, 1)} s)${f.problems.length ? `; ${f.problems[0]}` : ''}`,
      target(f.count) === null ? '—' : `≥ ${fmt(target(f.count), 1)}×`,
      target(f.count) === null ? null : f.vsLast >= target(f.count),
    );
    const [small] = CLI_COUNTS;
    row(
      `cli cells, ${f.count.toLocaleString('en-US')} text reports: peak memory (default)`,
      f.peakMb > 0 ? `${fmt(f.peakMb, 0)} MB` : 'n/a',
      f.count === small ? '—' : `≤ 1.25× the ${small.toLocaleString('en-US')}-report peak`,
      f.count === small || f.peakMb === 0 ? null : f.peakMb <= 1.25 * peaks[small],
    );
  }
}

// ---- 5. PDFs: parsePdf against pdf.js's text extraction (bench/pdf.mjs) ------------------------------
if (runs('pdf')) {
  const { benchPdf } = await import('./pdf.mjs');
  const pdfArg = args.indexOf('--pdf');
  const extra = pdfArg >= 0 ? args[pdfArg + 1].split(',') : [];
  const corpusPdfs = ['report-2021-ruled.pdf', 'chromium-h2021-cms.pdf', 'libreoffice-report-2021.pdf'].map((f) => join(corpusDir, 'pdf', f));
  for (const f of await benchPdf({ rounds: quick ? 5 : 11, log, files: [...corpusPdfs, ...extra] })) {
    row(`pdf ${f.file}: parsePdf ÷ pdf.js getDocument + getTextContent`, `${fmt(f.ratio)}× (IQR ${f.spread}; ${fmt(f.ms, 0)} ms vs ${fmt(f.floorMs, 0)} ms)`, '≤ 2×', f.ratio <= 2);
  }
}

// ---- the table -------------------------------------------------------------------------------------
const widths = ['measure', 'figure', 'target', 'result'].map((k) => Math.max(k.length, ...results.map((r) => [...String(r[k])].length)));
const line = (cells) => `| ${cells.map((c, i) => String(c) + ' '.repeat(widths[i] - [...String(c)].length)).join(' | ')} |`;
console.log(line(['measure', 'figure', 'target', 'result']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of results) console.log(line([r.measure, r.figure, r.target, r.result]));
const failed = results.filter((r) => r.result === 'FAIL').length;
console.log(`\n${results.filter((r) => r.result === 'PASS').length} targets met, ${failed} missed (node ${process.version}, ${availableParallelism()} cores, load average at the end ${loadavg()[0].toFixed(2)}).`);
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ node: process.version, cores: availableParallelism(), quick, results }, null, 1)}\n`);
