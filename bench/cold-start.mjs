// One fresh process of bench/run.mjs's cold-start measure; prints its figures as JSON on stdout.
//   node bench/cold-start.mjs ogi-report FILE   import dist/index.js, parse FILE twice
//   node bench/cold-start.mjs opencc            import opencc-js's core and t2cn preset, build the converter
//   node bench/cold-start.mjs bare              nothing (the time node takes to start and stop)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [kind, file] = process.argv.slice(2);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = {};
if (kind === 'ogi-report') {
  const text = readFileSync(file, 'utf8');
  const t0 = performance.now();
  const { parseReport } = await import(join(root, 'dist', 'index.js'));
  const t1 = performance.now();
  parseReport(text);
  const t2 = performance.now();
  parseReport(text);
  const t3 = performance.now();
  Object.assign(out, { importMs: t1 - t0, parseMs: t2 - t1, secondMs: t3 - t2 });
} else if (kind === 'opencc') {
  const t0 = performance.now();
  const { ConverterBuilder } = await import('opencc-js/core');
  const t2cn = await import('opencc-js/preset/t2cn');
  ConverterBuilder(t2cn)({ from: 't', to: 'cn' });
  out.importMs = performance.now() - t0;
} else if (kind !== 'bare') throw new Error(`cold-start.mjs: unknown kind ${kind}`);
process.stdout.write(JSON.stringify(out));
