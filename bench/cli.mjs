// The command part of the benchmarks (bench/run.mjs --only cli, or alone):
//
//   node bench/cli.mjs [--rounds N] [--counts 2000,10000] [--dist DIR]
//
// `ogi-report cells DIR > /dev/null` with the default jobs against `--jobs 1`, over folders of
// N text reports (the corpus's plain-text reports copied round and round, each copy with its own
// name and body line), measured side by side: in each round one run of each, in alternating
// order, and the ratio of their reports/s; the figure is the median of the rounds' ratios
// (targets, issue 18: ≥ 1.1× at 2,000 reports, ≥ 1.5× at 10,000). Peak memory (the larger of the
// runs' maximum resident set sizes) is reported beside it.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quartiles = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return [q(0.25), q(0.75)];
};

/**
 * Writes `count` text reports under `dir` (in subfolders of 1,000): the corpus's plain-text
 * reports in turn, each copy's first line (the title) given the copy's number, so that no two
 * files are the same text.
 *
 * @example
 * makeTextCorpus('/tmp/c2000', 2000); // 2,000 files in /tmp/c2000/000 and /tmp/c2000/001
 */
export function makeTextCorpus(dir, count, corpusDir = join(here, '..', 'corpus')) {
  const texts = readdirSync(corpusDir)
    .filter((f) => /^[a-z0-9].*\.txt$/u.test(f))
    .sort()
    .map((f) => readFileSync(join(corpusDir, f), 'utf8'));
  for (let i = 0; i < count; i++) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const text = texts[i % texts.length];
    const nl = text.indexOf('\n');
    // The copy's number after the title (a title line ends in 报告; a number there changes nothing read).
    const varied = nl > 0 ? `${text.slice(0, nl)}（${Math.floor(i / texts.length) + 1}）${text.slice(nl)}` : text;
    writeFileSync(join(sub, `r${String(i).padStart(6, '0')}.txt`), varied);
  }
}

/** Runs `node dist/cli.js cells DIR --no-progress …args > /dev/null`; resolves with wall seconds, CPU seconds, peak RSS (MB), exit status and stderr. */
export function runCells(cli, dir, args = [], nodeArgs = []) {
  return new Promise((resolve, reject) => {
    const devNull = openSync('/dev/null', 'w');
    const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
    const argv = [process.execPath, ...nodeArgs, cli, 'cells', dir, '--no-progress', ...args];
    const child = timeBin ? spawn(timeBin, ['-f', '@@time %e %U %S %M', ...argv], { stdio: ['ignore', devNull, 'pipe'] }) : spawn(argv[0], argv.slice(1), { stdio: ['ignore', devNull, 'pipe'] });
    closeSync(devNull);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const start = performance.now();
    child.on('error', reject);
    child.on('close', (status) => {
      const seconds = (performance.now() - start) / 1000;
      const m = /@@time (\S+) (\S+) (\S+) (\d+)/u.exec(stderr);
      const lines = stderr.split('\n').filter((l) => l.trim() && !l.startsWith('@@time') && !/: no table cells \(/u.test(l));
      resolve({ seconds, cpu: m ? Number(m[2]) + Number(m[3]) : NaN, peakMb: m ? Number(m[4]) / 1024 : 0, status, problems: lines });
    });
  });
}

/**
 * Runs each of `configs` ({ label, args, nodeArgs }) over `dir` in `rounds` alternating rounds;
 * returns per config the wall seconds and CPU seconds of every round, and the runs' problems.
 */
export async function sideBySideRuns(cli, dir, configs, rounds, log = () => {}) {
  const out = configs.map((c) => ({ ...c, seconds: [], cpu: [], peakMb: 0, problems: [] }));
  for (let r = 0; r < rounds; r++) {
    const order = out.map((_, i) => i);
    // Rotate the order round by round, so that each config runs first as often as the others.
    for (let k = 0; k < r % order.length; k++) order.push(order.shift());
    if (Math.floor(r / order.length) % 2 === 1) order.reverse();
    for (const i of order) {
      const c = out[i];
      const res = await runCells(c.cli ?? cli, dir, c.args ?? [], c.nodeArgs ?? []);
      c.seconds.push(res.seconds);
      c.cpu.push(res.cpu);
      c.peakMb = Math.max(c.peakMb, res.peakMb);
      if (res.status !== 0 || res.problems.length) c.problems.push(`exit ${res.status}: ${res.problems.slice(0, 3).join(' | ')}`);
    }
    log(`  round ${r + 1}: ${out.map((c) => `${c.label} ${c.seconds.at(-1).toFixed(2)} s`).join(', ')}`);
  }
  return out;
}

/**
 * The command's scaling: default jobs ÷ `--jobs 1` (reports/s) at each count, side by side.
 *
 * @example
 * const figures = await benchCli({ counts: [2000, 10000], rounds: 7 }); // [{ count, ratio, spread, perSecond, perSecondOne, peakMb }]
 */
export async function benchCli({ dist = join(here, '..', 'dist'), counts = [2000, 10000], rounds = 7, log = (s) => console.error(s), configs } = {}) {
  const cli = join(dist, 'cli.js');
  const tmp = mkdtempSync(join(tmpdir(), 'ogi-bench-cli-'));
  const figures = [];
  try {
    for (const count of counts) {
      const dir = join(tmp, String(count));
      makeTextCorpus(dir, count);
      const chosen = configs ?? [
        { label: 'default', args: [] },
        { label: '--jobs 1', args: ['--jobs', '1'] },
      ];
      log(`cli: cells over ${count.toLocaleString('en-US')} text reports, ${chosen.map((c) => c.label).join(' vs ')}, ${rounds} rounds …`);
      // One unmeasured run first: the files in the page cache, the binaries loaded.
      await runCells(cli, dir, chosen[0].args, chosen[0].nodeArgs);
      const runs = await sideBySideRuns(cli, dir, chosen, rounds, log);
      // Each config's speed ÷ the last one's (`--jobs 1`), round by round: the last's time ÷ its time.
      const base = runs.at(-1);
      for (const c of runs) {
        const speed = c.seconds.map((s, r) => base.seconds[r] / s);
        const [lo, hi] = quartiles(speed);
        figures.push({
          count,
          label: c.label,
          perSecond: count / median(c.seconds),
          cpuSeconds: median(c.cpu),
          vsLast: median(speed),
          spread: `${lo.toFixed(2)}–${hi.toFixed(2)}`,
          peakMb: c.peakMb,
          problems: c.problems,
        });
      }
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return figures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const counts = opt('--counts', '2000,10000').split(',').map(Number);
  const rounds = Number(opt('--rounds', '7'));
  const dist = opt('--dist', join(here, '..', 'dist'));
  // Extra configurations to compare, as JSON: [{ "label": "…", "args": [...], "nodeArgs": [...] }].
  const configs = args.includes('--configs') ? JSON.parse(opt('--configs')) : undefined;
  for (const f of await benchCli({ dist, counts, rounds, configs })) {
    console.log(`${f.count} reports, ${f.label}: ${f.perSecond.toFixed(0)} reports/s (median), CPU ${f.cpuSeconds.toFixed(2)} s, ÷ last ${f.vsLast.toFixed(2)}× (IQR ${f.spread}), peak ${f.peakMb.toFixed(0)} MB${f.problems.length ? `; ${f.problems[0]}` : ''}`);
  }
}
